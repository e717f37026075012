"""Forty-first held-out set: six kinds of call sheet from new makers, in cities not yet in the
corpus (`fresh40_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh40"). Bilingual English / French TV series sheets from a Quebec union
production in Rimouski, Saguenay and Shawinigan ("CREW CALL / APPEL ÉQUIPE", "LOCATION / LIEU",
"HOSPITAL / HÔPITAL", "Thursday, October 15, 2026", "7h00"), agency stills / photo-shoot sheets
from Scottsdale, Worthing and Ventura ("Shoot date", "Call time", "Studio", "Wrap", a talent list
with times), corporate / branded-content video sheets typed in Word from Kalamazoo, Kitchener and
Knutsford (headings, a schedule table whose first row is the kit load-in, not the crew call,
venue address and parking), Polish commercial sheets typed in Word from Zabrze, Sopot and Rybnik
(a plain list "Data zdjęć:", "Godzina zbiórki:", "Miejsce:", "Najbliższy szpital:", "15.X.2026"
or "czwartek 15 października 2026"), US TV episodic sheets from Shreveport, Yonkers and Topeka (a
header and scenes table on the first page, the crew call boxed on the right, "THU 10/15/26",
Basecamp and Crew Parking) and Scottish / Welsh / Northern Irish BBC-style sheets from Kilmarnock,
Tenby and Strabane ("Unit call", "Location", "Unit base", "Nearest A&E", "Thursday 15 October
2026", "Rushes to", "Wrap"). Three near misses: a weekly stripboard schedule (scored as a
shooting schedule, the corpus's `one_liner` convention), a crew timesheet and a festival
screening programme (both `other`).

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey, measure
from tests.corpus.formats import PL_GENITIVE, ROMAN, add_minutes, pl_weekday
from tests.corpus.fresh_common import (
    cast_times,
    clock,
    crew_times,
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
    # (1) Quebec union TV series, bilingual: Rimouski, Saguenay, Shawinigan
    "pointeaupere": _p(
        "ca",
        "Site historique maritime de la Pointe-au-Père",
        "1000 Rue du Phare",
        "Rimouski, QC G5M 1L8",
        48.5170,
        -68.4690,
        "America/Toronto",
        "Hôpital régional de Rimouski",
        "150 Avenue Rouleau",
        "Rimouski, QC G5L 5T1",
        "(418) 724-3000",
        "Stationnement du Site, Rue du Phare",
        "Rimouski, QC G5M 1L8",
    ),
    "pulperie": _p(
        "ca",
        "La Pulperie de Chicoutimi",
        "300 Rue Dubuc",
        "Saguenay, QC G7J 4M1",
        48.4330,
        -71.0740,
        "America/Toronto",
        "Hôpital de Chicoutimi",
        "305 Avenue Saint-Vallier",
        "Saguenay, QC G7H 5H6",
        "(418) 541-1000",
        "Stationnement de la Pulperie, Rue Dubuc",
        "Saguenay, QC G7J 4M1",
    ),
    "citeenergie": _p(
        "ca",
        "Cité de l'énergie",
        "1000 Avenue Melville",
        "Shawinigan, QC G9N 6T9",
        46.5424,
        -72.7481,
        "America/Toronto",
        "Hôpital du Centre-de-la-Mauricie",
        "50 119e Rue",
        "Shawinigan, QC G9P 5K1",
        "(819) 536-7500",
        "Stationnement P2, Avenue Melville",
        "Shawinigan, QC G9N 6T9",
    ),
    # (2) agency stills / photo shoots: Scottsdale, Worthing, Ventura
    "smoca": _p(
        "us",
        "Scottsdale Museum of Contemporary Art",
        "7374 E 2nd St",
        "Scottsdale, AZ 85251",
        33.4925,
        -111.9230,
        "America/Phoenix",
        "HonorHealth Scottsdale Osborn Medical Center",
        "7400 E Osborn Rd",
        "Scottsdale, AZ 85251",
        "(480) 882-4000",
        "Civic Center public garage, 7501 E 2nd St",
        "Scottsdale, AZ 85251",
    ),
    "worthingpier": _p(
        "uk",
        "Worthing Pier Southern Pavilion",
        "Marine Parade",
        "Worthing BN11 3PX",
        50.8080,
        -0.3705,
        "Europe/London",
        "Worthing Hospital",
        "Lyndhurst Road",
        "Worthing BN11 2DH",
        "01903 205111",
        "Grafton car park, Grafton Road",
        "Worthing BN11 1QR",
    ),
    "muvc": _p(
        "us",
        "Museum of Ventura County",
        "100 E Main St",
        "Ventura, CA 93001",
        34.2815,
        -119.2960,
        "America/Los_Angeles",
        "Community Memorial Hospital",
        "147 N Brent St",
        "Ventura, CA 93003",
        "(805) 652-5011",
        "Santa Clara St public lot, 50 S Palm St",
        "Ventura, CA 93001",
    ),
    # (3) corporate / branded-content video typed in Word: Kalamazoo, Kitchener, Knutsford
    "kvm": _p(
        "us",
        "Kalamazoo Valley Museum",
        "230 N Rose St",
        "Kalamazoo, MI 49007",
        42.2925,
        -85.5830,
        "America/Detroit",
        "Bronson Methodist Hospital",
        "601 John St",
        "Kalamazoo, MI 49007",
        "(269) 341-7654",
        "Eleanor Street ramp, 200 W Eleanor St",
        "Kalamazoo, MI 49007",
    ),
    "themuseum": _p(
        "ca",
        "THEMUSEUM",
        "10 King St W",
        "Kitchener, ON N2G 1A3",
        43.4510,
        -80.4925,
        "America/Toronto",
        "St. Mary's General Hospital",
        "911 Queen's Blvd",
        "Kitchener, ON N2M 1B2",
        "(519) 744-3311",
        "Kitchener Market parking garage, 300 King St E",
        "Kitchener, ON N2G 2L3",
    ),
    "tatton": _p(
        "uk",
        "Tatton Park",
        "Rostherne Lane",
        "Knutsford WA16 6QN",
        53.3290,
        -2.3820,
        "Europe/London",
        "Wythenshawe Hospital",
        "Southmoor Road",
        "Manchester M23 9LT",
        "0161 998 7070",
        "Stableyard car park, Tatton Park",
        "Knutsford WA16 6QN",
    ),
    # (4) Polish commercial sheets typed in Word: Zabrze, Sopot, Rybnik
    "guido": _p(
        "pl",
        "Kopalnia Guido",
        "ul. 3 Maja 93",
        "41-800 Zabrze",
        50.3030,
        18.7840,
        "Europe/Warsaw",
        "Szpital Specjalistyczny nr 2 w Bytomiu",
        "ul. Stefana Batorego 15",
        "41-902 Bytom",
        "+48 32 786 14 00",
        "ul. 3 Maja (parking przy Kopalni Guido)",
        "41-800 Zabrze",
    ),
    "operalesna": _p(
        "pl",
        "Opera Leśna",
        "ul. Stanisława Moniuszki 12",
        "81-829 Sopot",
        54.4415,
        18.5490,
        "Europe/Warsaw",
        "Szpital Specjalistyczny im. św. Wojciecha",
        "al. Jana Pawła II 50",
        "80-462 Gdańsk",
        "+48 58 768 46 00",
        "ul. Moniuszki (parking przy Operze Leśnej)",
        "81-829 Sopot",
    ),
    "muzeumrybnik": _p(
        "pl",
        "Muzeum w Rybniku",
        "Rynek 18",
        "44-200 Rybnik",
        50.0960,
        18.5430,
        "Europe/Warsaw",
        "Wojewódzki Szpital Specjalistyczny nr 3",
        "ul. Energetyków 46",
        "44-200 Rybnik",
        "+48 32 429 50 00",
        "ul. Zamkowa (parking miejski)",
        "44-200 Rybnik",
    ),
    # (5) US TV episodic: Shreveport, Yonkers, Topeka
    "robinson": _p(
        "us",
        "Robinson Film Center",
        "617 Texas St",
        "Shreveport, LA 71101",
        32.5115,
        -93.7510,
        "America/Chicago",
        "Ochsner LSU Health Shreveport Academic Medical Center",
        "1541 Kings Hwy",
        "Shreveport, LA 71103",
        "(318) 675-5000",
        "Festival Plaza lot, 101 Crockett St",
        "Shreveport, LA 71101",
    ),
    "hrm": _p(
        "us",
        "Hudson River Museum",
        "511 Warburton Ave",
        "Yonkers, NY 10701",
        40.9597,
        -73.8986,
        "America/New_York",
        "St. John's Riverside Hospital",
        "967 N Broadway",
        "Yonkers, NY 10701",
        "(914) 964-4444",
        "Trevor Park upper lot, Warburton Ave",
        "Yonkers, NY 10701",
    ),
    "overland": _p(
        "us",
        "Great Overland Station",
        "701 N Kansas Ave",
        "Topeka, KS 66608",
        39.0640,
        -95.6700,
        "America/Chicago",
        "Stormont Vail Hospital",
        "1500 SW 10th Ave",
        "Topeka, KS 66604",
        "(785) 354-6000",
        "NOTO Arts District lot, 900 N Kansas Ave",
        "Topeka, KS 66608",
    ),
    # (6) Scottish / Welsh / Northern Irish BBC-style: Kilmarnock, Tenby, Strabane
    "dickinstitute": _p(
        "uk",
        "The Dick Institute",
        "Elmbank Avenue",
        "Kilmarnock KA1 3BU",
        55.6110,
        -4.4950,
        "Europe/London",
        "University Hospital Crosshouse",
        "Kilmarnock Road",
        "Kilmarnock KA2 0BE",
        "01563 521133",
        "Kay Park car park, London Road",
        "Kilmarnock KA3 7AR",
    ),
    "tenbymuseum": _p(
        "uk",
        "Tenby Museum & Art Gallery",
        "Castle Hill",
        "Tenby SA70 7BP",
        51.6715,
        -4.6960,
        "Europe/London",
        "Withybush General Hospital",
        "Fishguard Road",
        "Haverfordwest SA61 2PZ",
        "01437 764545",
        "Salterns car park, The Salterns",
        "Tenby SA70 7NJ",
    ),
    "alleytheatre": _p(
        "uk",
        "Alley Theatre",
        "1A Railway Street",
        "Strabane BT82 8EF",
        54.8270,
        -7.4630,
        "Europe/London",
        "Altnagelvin Area Hospital",
        "Glenshane Road",
        "Londonderry BT47 6SB",
        "028 7034 5171",
        "Canal Basin car park, Canal Street",
        "Strabane BT82 8BA",
    ),
}

FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre"]
FR_MON += ["octobre", "novembre", "décembre"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "qc": f"{h}h{m:02d}",  # "7h00"
        "pl": f"{h}:{m:02d}",  # "7:00"
        "pl_dot": f"{h}.{m:02d}",  # "7.00"
        "us_a": f"{h12}:{m:02d}{ap[0]}",  # "6:30A"
        "uk_am": f"{h12}.{m:02d}{ap.lower()}",  # "8.00am"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "fr_long": f"{FR_WD[d.weekday()]} {d.day} {FR_MON[d.month - 1]} {d.year}",
        "pl_roman": f"{d.day}.{ROMAN[d.month - 1]}.{d.year}",  # "15.X.2026"
        "pl_words": f"{pl_weekday(d)} {d.day} {PL_GENITIVE[d.month - 1]} {d.year}",
        "us_caps_short": f"{d:%a} {d.month}/{d.day}/{d:%y}".upper(),  # "THU 10/15/26"
        "uk_abbr_wd": f"{d:%a} {d.day} {d:%B} {d.year}",  # "Thu 15 October 2026"
        "uk_abbr": f"{d:%a} {d.day} {d:%b} {d.year}",  # "Thu 15 Oct 2026"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh40")
_para = paragraph
_table = head_table


# --- (1) Quebec union TV series sheets: bilingual labels ------------------------------------


def _qc(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]
    lay = g["layout"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 36.0
        right = W - x0
        # the header: company left, title centred, the sheet's number right
        c.text(x0, 40, g["company"], 9, bold=True)
        grey(c, 90)
        c.text(x0, 51, g["company_addr"], 7)
        black(c)
        c.right(right, 40, "CALL SHEET / FEUILLE DE SERVICE", 10, bold=True)
        c.right(right, 51, g["sheet_no"], 7.5)
        centre(c, 80, title.upper(), 18)
        centre(c, 94, g["episode"], 9, bold=False)
        c.hline(x0, right, 102, 1.0)
        y = 118.0
        date_line = day_text(day, "us_long")
        fr_line = day_text(day, "fr_long")
        call_lab = "CREW CALL / APPEL ÉQUIPE"
        if lay == "band":
            # a band of three boxes: date, crew call, sun
            bw = (right - x0) / 3
            for k in range(3):
                c.box(x0 + k * bw, y, bw, 62, 0.8)
            c.text(x0 + 6, y + 13, "DATE", 7.5, bold=True)
            fit(c, x0 + 6, y + 30, date_line, 10.5, bw - 12, bold=True)
            fit(c, x0 + 6, y + 43, fr_line, 8.5, bw - 12)
            c.text(x0 + 6, y + 56, g["day_of"], 7.5)
            cx = x0 + bw
            fill(c, cx + 1, y + 1, bw - 2, 16, 40)
            c.pdf.set_text_color(255, 255, 255)
            c.text(
                cx + (bw - measure(c, call_lab, 8.5, bold=True)) / 2,
                y + 12.5,
                call_lab,
                8.5,
                bold=True,
            )
            black(c)
            big = hm(call, t)
            c.text(cx + (bw - measure(c, big, 22, bold=True)) / 2, y + 44, big, 22, bold=True)
            sc = f"Shooting call / Appel tournage {hm(add_minutes(call, 60), t)}"
            fit(c, cx + 6, y + 57, sc, 7, bw - 12)
            sx = x0 + 2 * bw + 6
            c.text(sx, y + 13, "SUNRISE / LEVER", 7.5, bold=True)
            c.text(sx + 95, y + 13, hm(rise, t), 9)
            c.text(sx, y + 28, "SUNSET / COUCHER", 7.5, bold=True)
            c.text(sx + 95, y + 28, hm(fall, t), 9)
            fit(c, sx, y + 45, g["weather"], 7.5, bw - 12)
            y += 80
        else:
            # label / value rows, English label with the French one under it in grey
            rows = [
                ("DATE", "DATE", f"{date_line}  ({fr_line})"),
                ("SHOOT DAY", "JOUR DE TOURNAGE", g["day_of"]),
            ]
            if g.get("shuttle"):
                # HARD: the hotel shuttle's departure is the first time printed, before the call
                rows.append(("SHUTTLE", "DÉPART NAVETTE", g["shuttle"]))
            rows += [
                ("CREW CALL", "APPEL ÉQUIPE", hm(call, t)),
                ("SHOOTING CALL", "APPEL TOURNAGE", hm(add_minutes(call, 60), t)),
                ("SUNRISE / SUNSET", "LEVER / COUCHER", f"{hm(rise, t)} / {hm(fall, t)}"),
                ("WEATHER", "MÉTÉO", g["weather"]),
            ]
            for en, fr, val in rows:
                big = en == "CREW CALL"
                c.text(x0, y, en, 8.5, bold=True)
                grey(c, 110)
                c.text(x0, y + 9, fr, 6.5)
                black(c)
                fit(c, x0 + 130, y + 3, val, 13 if big else 9.5, right - x0 - 130, bold=big)
                c.hline(x0, right, y + 13, 0.25)
                y += 23
            y += 8
        # the places: location, unit base, hospital
        blocks = [
            ("LOCATION / LIEU", [p.name, p.street, p.city, f"Set / Décor : {g['set']}"]),
            ("UNIT BASE / BASE", [p.base_street, p.base_city, *g["base_note"]]),
            (
                "HOSPITAL / HÔPITAL",
                [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
            ),
        ]
        if lay == "stacked":
            for head, lines in blocks:
                fill(c, x0, y - 9, right - x0, 13, 220)
                c.text(x0 + 3, y, head, 8, bold=True)
                y += 14
                fit(c, x0 + 3, y, ", ".join(lines[:3]), 9, right - x0 - 6)
                y += 12
                for ln in lines[3:]:
                    c.text(x0 + 3, y, ln, 9)
                    y += 12
                y += 6
        else:
            bw = (right - x0) / 3
            for k, (head, lines) in enumerate(blocks):
                xx = x0 + k * bw
                c.box(xx, y, bw, 72, 0.6)
                cell(c, xx, y, bw, head, lines, label_size=7.5, size=8.5)
            y += 90
        c.text(x0, y, "Emergency / Urgence : 911", 8.5, bold=True)
        y += 20
        y = _table(
            c,
            x0,
            y,
            ["SC.", "SET / DÉCOR", "J/N", "PAGES", "CAST / DISTRIBUTION"],
            [0, 36, 300, 340, 390],
            g["scenes"],
            right,
            size=8,
            lead=12.5,
        )
        y += 4
        y = _table(
            c,
            x0,
            y,
            ["#", "CAST / DISTRIBUTION", "ROLE / RÔLE", "MU / MAQ.", "ON SET / PLATEAU"],
            [0, 22, 170, 300, 400],
            [
                (str(n), a, b, hm(add_minutes(call, o), t), hm(add_minutes(call, o + 60), t))
                for n, (a, b, o) in enumerate(g["cast"], 1)
            ],
            right,
            size=8,
            lead=12.5,
        )
        y += 4
        c.text(x0, y, "NOTES", 8.5, bold=True)
        y += 12
        for ln in g["notes"]:
            y = _para(c, x0, y, ln, 8, right - x0, 10.5)
        grey(c, 120)
        c.text(x0, c.pdf.h - 24, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"qc_{key}",
        "qc_bilingual_tv",
        "Quebec union TV series sheet: bilingual labels (CREW CALL / APPEL ÉQUIPE, LOCATION / "
        "LIEU, HOSPITAL / HÔPITAL), 'Thursday, October 15, 2026' with the French date beside it, "
        f"Canadian postcodes; layout '{lay}'",
        make,
        expect(p, title, day, call, f"Set / Décor : {g['set']}"),
    )


def _qc_sheets() -> list[Sheet]:
    return [
        _qc(
            "pointeaupere",
            "Les Phares",
            D(2026, 10, 15),
            "07:00",
            {
                "layout": "band",
                "time_style": "qc",
                "company": "Productions Bas-du-Fleuve inc.",
                "company_addr": "180 Rue de l'Évêché O, Rimouski (QC)  ·  418 555-0142",
                "sheet_no": "Call sheet #14 / Feuille no 14",
                "episode": "Season 2 / Saison 2  ·  Episodes 203-204",
                "day_of": "Day 14 of 36 / Jour 14 de 36",
                "weather": "Cloudy / Nuageux, 8°C, wind NE 30 km/h",
                "set": "lighthouse and keeper's house",
                "base_note": ["(trailers / roulottes)"],
                "scenes": [
                    ("31", "EXT. PHARE - GALERIE / LIGHTHOUSE GALLERY", "J", "1 4/8", "1, 2"),
                    ("32", "INT. MAISON DU GARDIEN - CUISINE", "J", "2 2/8", "1, 3"),
                    ("35", "EXT. QUAI / WHARF", "J", "6/8", "2"),
                ],
                "cast": [
                    ("Émilie Gagnon", "MARIANNE", -45),
                    ("Louis Bérubé", "JACQUES", -15),
                    ("Nadia Ouellet", "SIMONE", 60),
                ],
                "notes": [
                    "Site open to visitors from 9h00: keep the wharf clear. / Site ouvert aux "
                    "visiteurs dès 9h00 : gardez le quai libre.",
                    "Warm layers: wind on the point. / Vêtements chauds : vent sur la pointe.",
                ],
                "footer": "Les Phares  ·  AQTIS 514 IATSE  ·  Productions Bas-du-Fleuve inc.",
            },
        ),
        _qc(
            "pulperie",
            "Rivière Noire",
            D(2026, 10, 22),
            "07:00",
            {
                "layout": "rows",
                "time_style": "h",
                "company": "Films du Fjord inc.",
                "company_addr": "2 Rue Racine E, Saguenay (QC)  ·  418 555-0177",
                "sheet_no": "Call sheet #6 / Feuille no 6",
                "episode": "Episode 105 / Épisode 105",
                "day_of": "6 / 24",
                "shuttle": "06h15 - Hôtel Chicoutimi (crew shuttle / navette équipe)",
                "weather": "Rain / Pluie, 6°C",
                "set": "machine room and the old mill",
                "base_note": ["Catering: salle des pas perdus"],
                "scenes": [
                    ("12", "INT. PULPERIE - SALLE DES MACHINES", "J", "2 6/8", "1, 4"),
                    ("13", "INT. MOULIN - BUREAU DU CONTREMAÎTRE", "J", "1 3/8", "4, 5"),
                ],
                "cast": [
                    ("Mathieu Tremblay", "RÉAL", 0),
                    ("Geneviève Savard", "LOUISE", 30),
                    ("Alain Simard", "CONTREMAÎTRE", 90),
                ],
                "notes": [
                    "Shuttle from the hotel at 06h15; self-drive crew park at the unit base. / "
                    "Navette de l'hôtel à 06h15 ; les autres se stationnent à la base.",
                ],
                "footer": "Rivière Noire  ·  Feuille de service  ·  Films du Fjord inc.",
            },
        ),
        _qc(
            "citeenergie",
            "Haute Tension",
            D(2026, 11, 5),
            "07:30",
            {
                "layout": "stacked",
                "time_style": "h24",
                "company": "Mauricie Télé Productions",
                "company_addr": "1250 Avenue de la Station, Shawinigan (QC)  ·  819 555-0163",
                "sheet_no": "Call sheet #21 / Feuille no 21",
                "episode": "Season 1 / Saison 1  ·  Block 4 / Bloc 4",
                "day_of": "Day 21 of 40 / Jour 21 de 40",
                "weather": "Sunny / Ensoleillé, 4°C",
                "set": "observation tower and the hall",
                "base_note": ["Crew parking / stationnement équipe: P2"],
                "scenes": [
                    ("48", "INT. CENTRALE - HALL DES TURBINES", "J", "3", "1, 2, 6"),
                    ("49", "EXT. TOUR D'OBSERVATION", "J", "1 1/8", "2"),
                ],
                "cast": [
                    ("Karine Lesage", "DIANE", 0),
                    ("Olivier Béland", "MARC", 45),
                ],
                "notes": [
                    "Tower lift limited to 6 people. / Ascenseur de la tour : 6 personnes max.",
                ],
                "footer": "Haute Tension  ·  Call Sheet / Feuille de service  ·  Bloc 4",
            },
        ),
    ]


# --- (2) agency stills / photo-shoot sheets -------------------------------------------------


def _stills(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]
    lay = g["layout"]

    def make() -> bytes:
        c = Canvas(g["page"], g["font"])
        W = c.width
        x0 = 46.0
        right = W - x0
        c.text(x0, 48, g["agency"], 14, bold=True)
        grey(c, 100)
        c.text(x0, 60, g["agency_addr"], 7.5)
        black(c)
        c.right(right, 48, "PHOTO SHOOT CALL SHEET", 11, bold=True)
        c.right(right, 60, g["job"], 8)
        c.hline(x0, right, 68, 0.6)
        y = 92.0
        c.text(x0, y, title, 16, bold=True)
        y += 14
        c.text(x0, y, g["client_line"], 9)
        y += 22
        wrap_t = hm(add_minutes(call, g["wrap_after"]), t)
        facts = [
            ("Shoot date", g.get("date_line", day_text(day, g["date_style"]))),
            ("Call time", hm(call, t)),
            (g["place_label"], f"{p.name}, {p.address}"),
            ("Set", g["set"]),
            ("Wrap", wrap_t),
            ("Sunrise / sunset", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("Photographer", g["photographer"]),
            ("Producer", g["producer"]),
            ("Parking", f"{p.base_street}, {p.base_city}"),
            ("Nearest hospital", f"{p.hospital}, {p.hospital_address}, {p.hospital_phone}"),
        ]
        if lay == "grid":
            # a ruled two-column grid of label cells
            half = (right - x0) / 2
            rows = [facts[i : i + 2] for i in range(0, 8, 2)]
            for row in rows:
                for k, (lab, val) in enumerate(row):
                    c.box(x0 + k * half, y, half, 32, 0.5)
                    cell(c, x0 + k * half, y, half, lab.upper(), [val], label_size=7, size=9.5)
                y += 32
            for lab, val in facts[8:]:
                c.box(x0, y, right - x0, 32, 0.5)
                cell(c, x0, y, right - x0, lab.upper(), [val], label_size=7, size=9.5)
                y += 32
            y += 18
        else:
            for lab, val in facts:
                c.text(x0, y, f"{lab}:", 9.5, bold=True)
                fit(c, x0 + 110, y, val, 9.5, right - x0 - 110, bold=lab == "Call time")
                y += 15
            y += 12
        c.text(x0, y, "TALENT", 10, bold=True)
        y = _table(
            c,
            x0,
            y + 14,
            ["NAME", "AGENCY", "CALL", "HAIR & MAKE-UP", "ON SET", "LOOKS"],
            [0, 120, 230, 290, 380, 440],
            [
                (
                    a,
                    b,
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 75), t),
                    lk,
                )
                for a, b, o, lk in g["talent"]
            ],
            right,
            size=8.5,
            lead=13,
        )
        y += 4
        c.text(x0, y, "CREW", 10, bold=True)
        y = _table(
            c,
            x0,
            y + 14,
            ["ROLE", "NAME", "MOBILE", "CALL"],
            [0, 130, 260, 380],
            crew_times(g["crew"], call, partial(hm, style=t)),
            right,
            size=8.5,
            lead=13,
        )
        y += 4
        c.text(x0, y, "SHOT LIST", 10, bold=True)
        y += 14
        for n, s in enumerate(g["shots"], 1):
            c.text(x0, y, f"{n}. {s}", 9)
            y += 12
        y += 8
        _para(c, x0, y, g["notes"], 8.5, right - x0, 11)
        return c.output()

    return _sheet(
        f"stills_{key}",
        "photo_stills",
        "agency stills / photo-shoot call sheet: Shoot date, Call time, Studio or Location, Wrap, "
        f"talent list with call / HMU / on-set times, crew, shot list; layout '{lay}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _stills_sheets() -> list[Sheet]:
    return [
        _stills(
            "smoca",
            "Desert Modern Spring Lookbook",
            D(2026, 10, 15),
            "07:00",
            {
                "layout": "list",
                "place_label": "Studio / location",
                "page": "letter",
                "font": "helvetica",
                "time_style": "us",
                "date_style": "us_long",
                "agency": "Saguaro Creative Agency",
                "agency_addr": "4250 N Marshall Way, Scottsdale, AZ 85251  ·  (480) 555-0190",
                "job": "Job #SCA-2641",
                "client_line": "Client: Mesa Linen Co.  ·  Usage: web, social, print (1 yr)",
                "wrap_after": 600,
                "set": "Gallery 3 and the courtyard",
                "photographer": "Rosa Villanueva",
                "producer": "Drew Kessler (480) 555-0134",
                "talent": [
                    ("Jade Morales", "Ford Robert Black", 30, "4"),
                    ("Kofi Mensah", "Wilhelmina", 90, "3"),
                ],
                "crew": [
                    ("Digital tech", "Tom Hale", "(480) 555-0111", 0),
                    ("1st assistant", "Ivy Chen", "(480) 555-0122", 0),
                    ("Stylist", "Marta Ruiz", "(480) 555-0133", -30),
                    ("HMU", "Lena Park", "(480) 555-0144", 30),
                ],
                "shots": [
                    "Hero: Jade on the courtyard bench, morning shade",
                    "Linen details flat lay, Gallery 3 window light",
                    "Kofi and Jade walking, long lens",
                ],
                "notes": "Museum closed to the public until 12:00 PM. No tripods on the gallery "
                "floor without felt pads. Lunch 12:30 PM in the courtyard.",
            },
        ),
        _stills(
            "worthingpier",
            "Coast & Co. AW26 Knitwear",
            D(2026, 10, 20),
            "08:00",
            {
                "layout": "grid",
                "place_label": "Studio",
                "page": "A4",
                "font": "sans",
                "time_style": "h24",
                "date_style": "uk_plain",
                "agency": "Shingle Street Photographic Agency",
                "agency_addr": "12 Warwick Street, Worthing BN11 3DF  ·  01903 555 0148",
                "job": "Ref. SSP/0917",
                "client_line": "Client: Coast & Co.  ·  Art director: Hattie Moss",
                "wrap_after": 540,
                "set": "the Southern Pavilion and the pier deck",
                "photographer": "Callum Forbes",
                "producer": "Priya Nair 07700 900412",
                "talent": [
                    ("Ellie Sharp", "Models 1", 0, "5"),
                    ("Noah Adeyemi", "Premier", 45, "4"),
                    ("Maisie Cole", "Select", 120, "2"),
                ],
                "crew": [
                    ("Assistant", "Ben Fowler", "07700 900413", 0),
                    ("Stylist", "Ruth Okoro", "07700 900414", -30),
                    ("Hair & make-up", "Ana Lima", "07700 900415", -15),
                ],
                "shots": [
                    "Pier deck, three-quarter length, sea behind",
                    "Pavilion windows, knit close-ups",
                    "Group walk along Marine Parade (permit held)",
                ],
                "notes": "The pavilion opens to the public at 10:00: keep the main doors clear. "
                "Wind forecast 25 mph: sandbags for every stand.",
            },
        ),
        _stills(
            "muvc",
            "Harvest Table Campaign",
            D(2026, 10, 29),
            "07:30",
            {
                "layout": "location",
                "place_label": "Location",
                "page": "letter",
                "font": "times",
                "time_style": "us_lower",
                "date_style": "us_long",
                # HARD: the shoot date carries a weather-hold date after it in brackets
                "date_line": "Thursday, October 29, 2026 (weather hold: Friday, October 30, 2026)",
                "agency": "Pacific Light Artists",
                "agency_addr": "455 E Main St, Ventura, CA 93001  ·  (805) 555-0171",
                "job": "PLA job 26-118",
                "client_line": "Client: Ojai Valley Provisions  ·  Creative: Two Rivers Studio",
                "wrap_after": 570,
                "set": "front steps and the sculpture court",
                "photographer": "Marcus Delgado",
                "producer": "Sienna Howe (805) 555-0102",
                "talent": [
                    ("Olivia Park", "LA Models", -30, "3"),
                    ("Sam Whitlock", "Wilhelmina LA", 60, "2"),
                ],
                "crew": [
                    ("1st assistant", "Reed Camacho", "(805) 555-0188", 0),
                    ("Food stylist", "June Arakawa", "(805) 555-0189", -60),
                    ("Prop stylist", "Lia Moreno", "(805) 555-0190", -60),
                ],
                "shots": [
                    "Long table on the sculpture court, golden hour backup",
                    "Hands and bread close-ups",
                    "Talent at the front steps with baskets",
                ],
                "notes": "If the hold is called, the same times apply on the hold date. Call the "
                "producer before 6:00 pm the night before.",
            },
        ),
    ]


# --- (3) corporate / branded-content video sheets typed in Word -----------------------------


def _corp(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]
    lay = g["layout"]

    def make() -> bytes:
        c = Canvas(g["page"], g["font"])
        W = c.width
        x0 = 64.0
        right = W - x0
        lead = 13.5
        grey(c, 90)
        c.text(x0, 40, g["header"], 8)
        c.right(right, 40, "Internal - do not forward", 8)
        black(c)
        c.text(x0, 78, title, 18, bold=True)
        c.text(x0, 96, g["subtitle"], 11)
        y = 124.0

        def heading(text: str) -> None:
            nonlocal y
            c.text(x0, y, text, 12.5, bold=True)
            c.hline(x0, right, y + 4, 0.4)
            y += 20

        heading("Shoot details")
        details = [
            ("Date", day_text(day, g["date_style"])),
            ("Producer", g["producer"]),
            ("Director / DP", g["director"]),
            ("Sunrise / sunset", f"{hm(rise, t)} / {hm(fall, t)}"),
        ]
        for lab, val in details:
            c.text(x0, y, f"{lab}:", 10.5, bold=True)
            c.text(x0 + 110, y, val, 10.5)
            y += lead
        y += 10
        heading("Venue")
        for ln in [p.name, p.street, p.city, g["set"]]:
            c.text(x0, y, ln, 10.5)
            y += lead
        y += 4
        y = _para(
            c,
            x0,
            y,
            f"Parking: {p.base_street}, {p.base_city}. {g['parking']}",
            10.5,
            right - x0,
            lead,
        )
        y += 10
        if g.get("travel"):
            heading("Travel")
            y = _para(c, x0, y, g["travel"], 10.5, right - x0, lead) + 10
        heading("Schedule")
        rows = [(hm(add_minutes(call, o), t), w, who) for o, w, who in g["schedule"]]
        if lay == "table":
            y = _table(
                c,
                x0,
                y + 4,
                ["Time", "Activity", "Who"],
                [0, 70, 300],
                rows,
                right,
                size=9.5,
                lead=14,
                ruled=True,
            )
        else:
            for tm, w, who in rows:
                c.text(x0, y, tm, 10.5, bold=True)
                fit(c, x0 + 70, y, f"{w} ({who})" if who else w, 10.5, right - x0 - 70)
                y += lead
            y += 10
        heading("Safety")
        for ln in [
            f"Nearest hospital: {p.hospital}, {p.hospital_address} ({p.hospital_phone})",
            g["safety"],
        ]:
            y = _para(c, x0, y, ln, 10.5, right - x0, lead)
        y += 10
        heading("Contacts")
        for a, b in g["contacts"]:
            c.text(x0, y, a, 10.5, bold=True)
            c.text(x0 + 150, y, b, 10.5)
            y += lead
        grey(c, 120)
        centre(c, c.pdf.h - 30, "Page 1 of 1", 8, bold=False)
        black(c)
        return c.output()

    return _sheet(
        f"corp_{key}",
        "corp_word_video",
        "corporate / branded-content video sheet typed in Word: headings (Shoot details, Venue, "
        "Schedule, Safety, Contacts), a schedule whose first row is the kit load-in and the crew "
        f"call a row later, venue address and parking; layout '{lay}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _corp_sheets() -> list[Sheet]:
    return [
        _corp(
            "kvm",
            "Bright Futures Recruiting Film",
            D(2026, 10, 15),
            "07:30",
            {
                "layout": "table",
                "page": "letter",
                "font": "times",
                "time_style": "us",
                "date_style": "us_long",
                "header": "Stryker Lane Health - Communications Team",
                "subtitle": "Call sheet - filming day 1 of 2",
                "producer": "Megan Albright (269) 555-0155",
                "director": "Ty Wollner",
                "set": "Science gallery, 2nd floor, and the planetarium lobby",
                "parking": "Bring your ticket to the front desk to be validated.",
                "schedule": [
                    (-60, "Kit load-in via Water St loading dock", "Camera, lighting"),
                    (0, "Crew call and safety briefing", "All crew"),
                    (60, "Interview 1: Dr. Ana Ruiz", "Camera A/B"),
                    (150, "B-roll: science gallery", "Camera B"),
                    (270, "Lunch", "All"),
                    (330, "Interview 2: student panel", "Camera A/B"),
                    (480, "Wrap and load-out", "All crew"),
                ],
                "safety": "Cables taped in public walkways. The museum stays open; keep exits "
                "clear at all times.",
                "contacts": [
                    ("Producer", "Megan Albright (269) 555-0155"),
                    ("Museum contact", "Carl Ohman (269) 555-0166"),
                ],
            },
        ),
        _corp(
            "themuseum",
            "Waterloo Region Tech Week Promo",
            D(2026, 10, 22),
            "07:30",
            {
                "layout": "list",
                "page": "letter",
                "font": "sans",
                "time_style": "h24",
                "date_style": "us_long",
                "header": "Grand River Software - Brand Studio",
                "subtitle": "Branded content shoot - production notes & call sheet",
                "producer": "Priya Dhillon (519) 555-0181",
                "director": "Evan Koch",
                "set": "Main floor exhibit hall and the rooftop",
                "parking": "Crew rate pre-paid; use the King St E entrance.",
                "schedule": [
                    (-60, "Kit load-in (camera, grip, audio)", "Tech crew"),
                    (0, "Crew call", "All crew"),
                    (45, "Talent in hair & make-up", "Talent, HMU"),
                    (90, "First shot: exhibit hall walk-and-talk", ""),
                    (300, "Lunch (catered, 2nd floor)", ""),
                    (360, "Rooftop interviews", ""),
                    (510, "Wrap", ""),
                ],
                "safety": "Rooftop work only inside the railings; harness not needed. Hi-vis "
                "for the loading bay.",
                "contacts": [
                    ("Producer", "Priya Dhillon (519) 555-0181"),
                    ("Venue manager", "Jonah Reimer (519) 555-0192"),
                ],
            },
        ),
        _corp(
            "tatton",
            "Heritage Estates Annual Review 2026",
            D(2026, 11, 3),
            "07:30",
            {
                "layout": "table",
                "page": "A4",
                "font": "serif",
                "time_style": "h24",
                "date_style": "uk_plain",
                "header": "Cheshire Mutual - In-house Video",
                "subtitle": "Filming day call sheet",
                "producer": "Olivia Grant 07700 900516",
                "director": "Sam Whitfield",
                "set": "The Mansion state rooms and the Japanese Garden",
                "parking": "Crew vehicles on the left of the stableyard; no parking on the drive.",
                # HARD: a travel paragraph with an earlier time comes before the schedule
                "travel": "Minibus leaves Manchester Piccadilly (Fairfield Street side) at "
                "06:00 for those without a car; back by 19:30.",
                "schedule": [
                    (-45, "Kit load-in at the Mansion side door", "Camera, sound"),
                    (0, "Crew call - briefing in the Tenants' Hall", "All crew"),
                    (60, "CEO interview, Library", "Camera A/B"),
                    (180, "Gardens: drone and B-roll", "Drone op, Camera B"),
                    (300, "Lunch", "All"),
                    (360, "Staff vox pops, stableyard", "Camera A"),
                    (510, "Wrap", "All"),
                ],
                "safety": "Drone flight under the venue's permit; keep 50 m from visitors. "
                "First aider: Sam Whitfield.",
                "contacts": [
                    ("Producer", "Olivia Grant 07700 900516"),
                    ("Estate events office", "01625 555 374"),
                ],
            },
        ),
    ]


# --- (4) Polish commercial sheets typed in Word: a plain list -------------------------------


def _plword(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]
    lay = g["layout"]

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        x0 = 70.0
        right = W - x0
        lead = 15.0
        c.text(x0, 60, g["company"], 10, bold=True)
        c.text(x0, 72, g["company_addr"], 8)
        centre(c, 108, "CALL SHEET", 15)
        centre(c, 124, f"„{title}”", 12, bold=False)
        y = 156.0
        call_val = hm(call, t) + (f" {g['call_note']}" if g.get("call_note") else "")
        items = [
            ("Klient:", g["client"]),
            ("Agencja:", g["agency"]),
            ("Reżyser:", g["director"]),
            ("Producent:", g["producer"]),
            ("Data zdjęć:", day_text(day, g["date_style"])),
            ("Godzina zbiórki:", call_val),
            ("Miejsce:", f"{p.name}, {p.street}, {p.city}"),
            ("Plan:", g["set"]),
            ("Parking / baza:", f"{p.base_street}, {p.base_city}"),
            ("Wschód / zachód słońca:", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("Pogoda:", g["weather"]),
            (
                "Najbliższy szpital:",
                f"{p.hospital}, {p.hospital_street}, {p.hospital_city}, tel. {p.hospital_phone}",
            ),
        ]
        if lay == "under":
            # the label on its own line, the value indented under it
            for lab, val in items:
                c.text(x0, y, lab, 10, bold=True)
                y = _para(c, x0 + 20, y + 13, val, 10, right - x0 - 20, 13) + 5
        else:
            indent = 150 if lay == "tab" else 0
            for n, (lab, val) in enumerate(items, 1):
                lab_t = f"{n}. {lab}" if lay == "numbered" else lab
                w = c.text(x0, y, lab_t, 10, bold=True)
                vx = x0 + indent if indent else x0 + w + 5
                y = _para(c, vx, y, val, 10, right - vx, 13) + (lead - 13)
        y += 10
        c.text(x0, y, "Harmonogram:", 10, bold=True)
        y += lead
        for o, w in g["plan"]:
            c.text(x0 + 10, y, f"{hm(add_minutes(call, o), t)}  -  {w}", 10)
            y += 13
        y += 10
        c.text(x0, y, "Ekipa:", 10, bold=True)
        y += lead
        for a, b, ph in g["crew"]:
            c.text(x0 + 10, y, f"{a}: {b}, tel. {ph}", 10)
            y += 13
        y += 10
        y = _para(c, x0, y, f"Uwagi: {g['notes']}", 10, right - x0, 13)
        c.text(x0, y + 10, "Telefon alarmowy: 112", 10, bold=True)
        return c.output()

    return _sheet(
        f"plword_{key}",
        "pl_word_list",
        "Polish commercial sheet typed in Word: a plain list ('Data zdjęć:', 'Godzina zbiórki:', "
        "'Miejsce:', 'Najbliższy szpital:'), '15.X.2026' or 'czwartek 15 października 2026'; "
        f"layout '{lay}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _plword_sheets() -> list[Sheet]:
    return [
        _plword(
            "guido",
            "Śląskie Światło",
            D(2026, 10, 15),
            "07:00",
            {
                "layout": "tab",
                "font": "sans",
                "time_style": "pl",
                "date_style": "pl_roman",
                "company": "Szyb Film Sp. z o.o.",
                "company_addr": "ul. Wolności 250, 41-800 Zabrze  ·  tel. +48 32 555 01 20",
                "client": "Górnośląskie Wodociągi S.A.",
                "agency": "Kopalnia Idei",
                "director": "Bartosz Kubica",
                "producer": "Ewa Szymańska",
                "set": "chodnik na poziomie 320 i komora pomp",
                "weather": "pod ziemią stałe 14°C",
                "plan": [
                    (0, "zbiórka, zjazd szybem, rozładunek sprzętu"),
                    (90, "ujęcia 1-4, chodnik 320"),
                    (300, "obiad (na powierzchni)"),
                    (360, "ujęcia 5-7, komora pomp"),
                    (540, "koniec zdjęć"),
                ],
                "crew": [
                    ("Kierownik planu", "Marek Pawlik", "601 555 201"),
                    ("Operator", "Agata Lis", "602 555 202"),
                    ("Charakteryzacja", "Natalia Gruszka", "603 555 203"),
                ],
                "notes": "Zjazd tylko z przewodnikiem kopalni, kaski i latarki na miejscu. "
                "Ciepłe ubranie.",
            },
        ),
        _plword(
            "operalesna",
            "Lato w Sopocie",
            D(2026, 10, 22),
            "07:00",
            {
                "layout": "numbered",
                "font": "serif",
                "time_style": "pl",
                "date_style": "pl_words",
                "company": "Molo Production",
                "company_addr": "ul. Bohaterów Monte Cassino 40, 81-767 Sopot",
                "client": "Bałtycka Kawa Sp. z o.o.",
                "agency": "Fala Creative",
                "director": "Joanna Wrzesińska",
                "producer": "Tomasz Grabowski",
                "set": "scena i widownia",
                # HARD: the call line carries an earlier make-up time in brackets
                "call_note": "(charakteryzacja i kostiumy od 6:15)",
                "weather": "słonecznie, 11°C, wiatr zachodni",
                "plan": [
                    (-45, "charakteryzacja i kostiumy (obsada)"),
                    (0, "zbiórka ekipy, rozstawienie sprzętu"),
                    (90, "ujęcia na scenie"),
                    (330, "obiad"),
                    (390, "ujęcia na widowni, dron"),
                ],
                "crew": [
                    ("Kierownik produkcji", "Anna Kowalczyk", "604 555 301"),
                    ("Operator", "Piotr Zieliński", "605 555 302"),
                    ("Scenografia", "Ola Dąbrowska", "606 555 303"),
                ],
                "notes": "Dron tylko po zgodzie kierownika planu. Najbliższy SOR w Gdańsku "
                "(ok. 15 min).",
            },
        ),
        _plword(
            "muzeumrybnik",
            "Rynek o Świcie",
            D(2026, 11, 5),
            "06:30",
            {
                "layout": "under",
                "font": "sans",
                "time_style": "pl_dot",
                "date_style": "pl_roman",
                "company": "Studio Nacyna",
                "company_addr": "ul. Sobieskiego 10, 44-200 Rybnik",
                "client": "Śląski Bank Spółdzielczy",
                "agency": "Rynek 18 Creative",
                "director": "Kamil Wojtala",
                "producer": "Monika Buchta",
                "set": "sala ratuszowa i rynek",
                "weather": "mgła rano, 5°C",
                "plan": [
                    (0, "zbiórka ekipy"),
                    (60, "ujęcia o świcie na rynku"),
                    (240, "ujęcia w sali ratuszowej"),
                    (330, "obiad"),
                ],
                "crew": [
                    ("Kierownik planu", "Łukasz Mrozek", "607 555 401"),
                    ("Operator", "Dawid Kuś", "608 555 402"),
                ],
                "notes": "Rynek otwarty dla pieszych: ujęcia z blokadą ruchu tylko 7.30-8.30.",
            },
        ),
    ]


# --- (5) US TV episodic: header + scenes, the crew call boxed on the right ------------------


def _ep(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]
    lay = g["layout"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 28.0
        right = W - x0
        top = 28.0
        # left: the show, episode, company and key people
        c.text(x0, top + 18, title.upper(), 16, bold=True)
        c.text(x0, top + 31, g["episode"], 9)
        yy = top + 45
        for ln in g["people"]:
            c.text(x0, yy, ln, 7.5)
            yy += 10
        # middle: the date, day count, sun, weather
        mx = x0 + 220
        c.text(mx, top + 18, day_text(day, "us_caps_short"), 13, bold=True)
        c.text(mx, top + 31, g["day_of"], 9)
        for k, ln in enumerate([f"SUNRISE {hm(rise, t)}", f"SUNSET {hm(fall, t)}", g["weather"]]):
            c.text(mx, top + 45 + 10 * k, ln, 7.5)
        # right: the crew call box
        bw = 130.0
        bx = right - bw
        c.box(bx, top, bw, 84, 1.4)
        lab = "CREW CALL"
        c.text(bx + (bw - measure(c, lab, 10, bold=True)) / 2, top + 16, lab, 10, bold=True)
        big = hm(call, t)
        c.text(bx + (bw - measure(c, big, 24, bold=True)) / 2, top + 46, big, 24, bold=True)
        c.hline(bx, right, top + 55, 0.4)
        for k, (a, o) in enumerate([("SHOOTING CALL", 60), ("LUNCH", 360)]):
            c.text(bx + 6, top + 67 + 11 * k, a, 7, bold=True)
            c.right(right - 6, top + 67 + 11 * k, hm(add_minutes(call, o), t), 8)
        y = top + 100
        c.hline(x0, right, y - 8, 1.0)
        # the scenes table
        y = _table(
            c,
            x0,
            y + 4,
            ["SC", "SET / DESCRIPTION", "D/N", "PGS", "CAST", "LOC"],
            [0, 34, 330, 370, 410, 500],
            g["scenes"],
            right,
            size=8,
            lead=13,
            ruled=True,
        )
        y += 2
        locs = [
            ("LOCATION 1", [p.name, p.street, p.city, g["set"]]),
            *g["more_locs"],
            ("BASECAMP", [*g["basecamp"]]),
            ("CREW PARKING", [p.base_street, p.base_city, *g["parking_note"]]),
            (
                "NEAREST HOSPITAL",
                [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
            ),
        ]
        if lay == "boxes":
            n = len(locs)
            bw2 = (right - x0) / n
            for k, (h, lines) in enumerate(locs):
                xx = x0 + k * bw2
                fill(c, xx, y, bw2, 13, 210)
                c.box(xx, y, bw2, 70, 0.6)
                fit(c, xx + 3, y + 10, h, 7.5, bw2 - 6, bold=True)
                yy = y + 24
                for ln in lines:
                    fit(c, xx + 3, yy, ln, 7.5, bw2 - 6)
                    yy += 10
            y += 88
        else:
            for h, lines in locs:
                c.text(x0, y, f"{h}:", 8, bold=True)
                fit(c, x0 + 110, y, ", ".join(lines), 8.5, right - x0 - 110)
                y += 13
            y += 10
        y = _table(
            c,
            x0,
            y,
            ["#", "CAST", "CHARACTER", "STATUS", "P/U", "MU/WARD", "SET"],
            [0, 20, 150, 270, 330, 400, 480],
            [
                (
                    str(n),
                    a,
                    b,
                    "W",
                    hm(add_minutes(call, o - 30), t),
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 60), t),
                )
                for n, (a, b, o) in enumerate(g["cast"], 1)
            ],
            right,
            size=8,
            lead=12.5,
            ruled=True,
        )
        y += 4
        c.text(x0, y, "SPECIAL INSTRUCTIONS", 8.5, bold=True)
        y += 12
        for ln in g["notes"]:
            y = _para(c, x0, y, ln, 8, right - x0, 10.5)
        grey(c, 120)
        c.text(x0, c.pdf.h - 20, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"ep_{key}",
        "us_tv_episodic",
        "US TV episodic sheet: header (show, episode, 'THU 10/15/26', day count, sun) with the "
        "crew call in a box on the right, a scenes table with two or three sets, LOCATION / "
        f"BASECAMP / CREW PARKING / NEAREST HOSPITAL; layout '{lay}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ep_sheets() -> list[Sheet]:
    return [
        _ep(
            "robinson",
            "Red River Blues",
            D(2026, 10, 15),
            "06:30",
            {
                "layout": "boxes",
                "time_style": "us_a",
                "episode": 'Ep. 104 "Second Line"',
                "people": [
                    "Caddo Parish Pictures LLC",
                    "Exec. Prod.: Dana Wilcox  ·  UPM: Reggie Fontenot",
                    "Director: Camille Broussard  ·  1st AD: Luis Ortega",
                ],
                "day_of": "DAY 4 OF 10",
                "weather": "Sunny, 81°F / 60°F",
                "set": "Theater 1, lobby and the cafe",
                "more_locs": [],
                "basecamp": ["Festival Plaza, 101 Crockett St", "Shreveport, LA 71101"],
                "parking_note": ["Shuttle to set every 10 min"],
                "scenes": [
                    ("14", "INT. MOVIE THEATER - AUDITORIUM", "D", "2 4/8", "1, 2", "1"),
                    ("15", "INT. THEATER LOBBY", "D", "1 1/8", "1, 3", "1"),
                    ("22", "INT. THEATER CAFE", "N", "1 6/8", "2, 4", "1"),
                ],
                "cast": [
                    ("Jordan Hebert", "NOLA", 0),
                    ("Marcus Bell", "DEACON", 30),
                    ("Tess Arceneaux", "MAE", 60),
                    ("Grant Pham", "OWEN", 240),
                ],
                "notes": [
                    "Sc. 22 is a N/D: blackout on the cafe windows by 11:00A. Theater stays "
                    "dark to the public all day.",
                ],
                "footer": "Red River Blues  ·  Ep. 104  ·  Call Sheet  ·  Caddo Parish Pictures",
            },
        ),
        _ep(
            "hrm",
            "The Palisades",
            D(2026, 10, 20),
            "07:00",
            {
                "layout": "lines",
                "time_style": "military",
                "episode": 'Episode 207 "Glenview"',
                "people": [
                    "Warburton Avenue Productions",
                    "Producer: Nina Castellano  ·  UPM: Harold Kim",
                    "Director: Ben Adler  ·  1st AD: Tasha Greene",
                ],
                "day_of": "DAY 3 OF 9",
                "weather": "Partly cloudy, 59°F / 46°F",
                "set": "Glenview house parlor and the amphitheater",
                # HARD: a second location with its own address (a company move after lunch)
                "more_locs": [
                    (
                        "LOCATION 2 (after lunch)",
                        ["Philipse Manor Hall", "29 Warburton Ave", "Yonkers, NY 10701"],
                    )
                ],
                "basecamp": ["JFK Marina Park, 1 Alexander St", "Yonkers, NY 10701"],
                "parking_note": [],
                "scenes": [
                    ("31", "INT. GLENVIEW - PARLOR", "D", "2 2/8", "1, 2", "1"),
                    ("33", "EXT. AMPHITHEATER", "D", "1 3/8", "1, 5", "1"),
                    ("", "*** LUNCH / COMPANY MOVE TO LOC 2 ***", "", "", "", ""),
                    ("40", "INT. MANOR HALL - COUNCIL ROOM", "D", "1 5/8", "2, 3", "2"),
                ],
                "cast": [
                    ("Ellen Marsh", "CLAIRE", 0),
                    ("David Oyelaran", "SAM", 15),
                    ("Rita Gomez", "JUDGE", 300),
                ],
                "notes": [
                    "Glenview is a period house: soft soles only, no food inside. Company move "
                    "after lunch; basecamp stays at JFK Marina.",
                ],
                "footer": "The Palisades  ·  Ep. 207  ·  Call Sheet #3",
            },
        ),
        _ep(
            "overland",
            "Prairie Line",
            D(2026, 10, 27),
            "07:00",
            {
                "layout": "lines",
                "time_style": "us",
                "episode": "Episode 3 - Block 2",
                "people": [
                    "Sunflower State Studios",
                    "Producer: Karen Dahl  ·  UPM: Jesse Ruiz",
                    "Director: Arlo Mendes  ·  1st AD: Beth Olsen",
                ],
                "day_of": "DAY 11 OF 24",
                "weather": "Windy, 66°F / 44°F",
                "set": "depot waiting room and the platform",
                "more_locs": [],
                "basecamp": ["Great Overland Station east lot", "Topeka, KS 66608"],
                "parking_note": ["(walk 3 min)"],
                "scenes": [
                    ("18", "INT. DEPOT - WAITING ROOM", "D", "3 1/8", "1, 2, 4", "1"),
                    ("19", "EXT. DEPOT - PLATFORM", "D", "1 2/8", "1", "1"),
                ],
                "cast": [
                    ("Hollis Grey", "WADE", 0),
                    ("June Okoye", "RUTH", 45),
                ],
                "notes": [
                    "Live rail line beside the platform: BNSF flagger on set, nobody past the "
                    "yellow line.",
                ],
                "footer": "Prairie Line  ·  Call Sheet  ·  Sunflower State Studios",
            },
        ),
    ]


# --- (6) Scottish / Welsh / Northern Irish BBC-style sheets ---------------------------------


def _bbc(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]
    lay = g["layout"]

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        x0 = 44.0
        right = W - x0
        c.text(x0, 46, g["company"], 9, bold=True)
        c.right(right, 46, g["strand"], 9)
        c.hline(x0, right, 52, 0.5)
        centre(c, 80, title, 17)
        centre(c, 96, f"CALL SHEET {g['no']}  -  {g['block']}", 10, bold=False)
        y = 124.0
        a_e = [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]
        facts = [
            ("Date", day_text(day, g["date_style"])),
            ("Unit call", hm(call, t)),
            ("Location", ", ".join([p.name, p.street, p.city])),
            ("Set", g["set"]),
            ("Unit base", f"{p.base_street}, {p.base_city}"),
        ]
        if g.get("miu"):
            # HARD: a minor injuries unit is listed before the nearest A&E
            facts.append(("Minor injuries", g["miu"]))
        facts += [
            ("Nearest A&E", ", ".join(a_e)),
            ("Sunrise / Sunset", f"{hm(rise, t)} / {hm(fall, t)}"),
        ]
        if g.get("rushes"):
            facts += [("Wrap", hm(add_minutes(call, 600), t)), ("Rushes to", g["rushes"])]
        if lay == "ruled":
            for lab, val in facts:
                c.text(x0 + 4, y, lab, 9.5, bold=True)
                fit(c, x0 + 120, y, val, 9.5, right - x0 - 124, bold=lab == "Unit call")
                c.hline(x0, right, y + 5, 0.3)
                y += 16
            c.vline(x0 + 114, 124 - 12, y - 11, 0.3)
            c.box(x0, 124 - 12, right - x0, y - 124 + 1, 0.6)
            y += 12
        else:
            # two columns: the times left, the places right
            half = (right - x0) / 2
            left = [
                f
                for f in facts
                if f[0] in {"Date", "Unit call", "Sunrise / Sunset", "Wrap", "Rushes to"}
            ]
            rightc = [f for f in facts if f not in left]
            yl = y
            for lab, val in left:
                c.text(x0, yl, lab.upper(), 7.5, bold=True)
                fit(
                    c,
                    x0,
                    yl + 13,
                    val,
                    12 if lab == "Unit call" else 10,
                    half - 12,
                    bold=lab == "Unit call",
                )
                yl += 30
            yr = y
            for lab, val in rightc:
                c.text(x0 + half, yr, lab.upper(), 7.5, bold=True)
                yr += 12
                # a venue's or hospital's name on its own line, the address under it
                parts = val.split(", ", 1) if lab in {"Location", "Nearest A&E"} else [val]
                for part in parts:
                    yr = _para(c, x0 + half, yr, part, 9, half, 11)
                yr += 6
            y = max(yl, yr) + 8
        c.text(x0, y, "Emergency services: 999", 9, bold=True)
        y += 20
        y = _table(
            c,
            x0,
            y,
            ["SC", "INT/EXT", "SET", "D/N", "PAGES", "ARTISTES"],
            [0, 30, 80, 320, 360, 410],
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
            ["ARTISTE", "CHARACTER", "PICK-UP", "MAKE-UP / COSTUME", "ON SET"],
            [0, 130, 240, 320, 430],
            cast_times(g["cast"], call, partial(hm, style=t), (-30, 0, 60)),
            right,
            size=8.5,
            lead=13,
        )
        y += 6
        c.text(x0, y, "Notes", 9, bold=True)
        y += 13
        for ln in g["notes"]:
            y = _para(c, x0, y, ln, 8.5, right - x0, 11)
        grey(c, 120)
        c.text(x0, c.pdf.h - 24, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"bbc_{key}",
        "uk_nations_bbc",
        "Scottish / Welsh / Northern Irish BBC-style sheet: Unit call, Location, Unit base, "
        "Nearest A&E, 'Thursday 15 October 2026' or 'Thu 15 Oct 2026', Rushes to / Wrap on some; "
        f"layout '{lay}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _bbc_sheets() -> list[Sheet]:
    return [
        _bbc(
            "dickinstitute",
            "The Ayrshire Files",
            D(2026, 10, 15),
            "08:00",
            {
                "layout": "ruled",
                "font": "helvetica",
                "time_style": "h24",
                "date_style": "uk_plain",
                "company": "Irvine Water Productions for BBC Scotland",
                "strand": "Series 2",
                "no": "No. 9",
                "block": "Block 2, Day 9",
                "set": "Gallery 2 and the reading room",
                "rushes": "Glasgow, Pacific Quay (runner leaves 19:00)",
                "scenes": [
                    ("22", "INT", "MUSEUM GALLERY", "D", "2 1/8", "1, 2"),
                    ("23", "INT", "READING ROOM", "D", "1 4/8", "1, 4"),
                ],
                "cast": [
                    ("Fiona Rankin", "DS MOIRA KERR", 0),
                    ("Callum Boyd", "DC ROSS", 30),
                    ("Iain Guthrie", "CURATOR", 120),
                ],
                "notes": [
                    "Library open to the public downstairs; quiet on the stairs. Lunch in Kay "
                    "Park unit base.",
                ],
                "footer": "The Ayrshire Files  ·  Call Sheet No. 9  ·  Irvine Water Productions",
            },
        ),
        _bbc(
            "tenbymuseum",
            "Harbour Lights",
            D(2026, 10, 22),
            "07:30",
            {
                "layout": "columns",
                "font": "sans",
                "time_style": "military",
                "date_style": "uk_abbr_wd",
                "company": "Penfro Pictures for BBC Cymru Wales",
                "strand": "Series 1",
                "no": "14",
                "block": "Ep 4/5",
                # HARD: a minor injuries unit in the town is listed before the nearest A&E
                "miu": "South Pembrokeshire Hospital (minor injuries only), Fort Road, Pembroke "
                "Dock SA72 6SX",
                "set": "Castle Hill gallery and the museum steps",
                "scenes": [
                    ("41", "INT", "MUSEUM - GALLERY", "D", "1 7/8", "1, 3"),
                    ("42", "EXT", "CASTLE HILL - STEPS", "D", "1", "1"),
                    ("45", "EXT", "CASTLE HILL - BANDSTAND", "D", "5/8", "3, 6"),
                ],
                "cast": [
                    ("Seren Lloyd", "CERI", 0),
                    ("Rhodri Evans", "GARETH", 30),
                    ("Mali Pritchard", "NAIN", 90),
                ],
                "notes": [
                    "Castle Hill is a public path: marshals on both approaches. Steep steps, "
                    "sensible footwear.",
                ],
                "footer": "Harbour Lights  ·  Call Sheet 14  ·  Penfro Pictures",
            },
        ),
        _bbc(
            "alleytheatre",
            "Foyle Country",
            D(2026, 11, 5),
            "08:00",
            {
                "layout": "columns",
                "font": "helvetica",
                "time_style": "h24",
                "date_style": "uk_abbr",
                "company": "Sperrin Films for BBC Northern Ireland",
                "strand": "Series 3",
                "no": "5",
                "block": "Block 1, Day 5",
                "set": "auditorium, stage and the green room",
                "rushes": "Belfast, Blackstaff House (by 20:00)",
                "scenes": [
                    ("8", "INT", "THEATRE - STAGE", "D", "2 6/8", "1, 2, 5"),
                    ("9", "INT", "GREEN ROOM", "D", "1 2/8", "2"),
                ],
                "cast": [
                    ("Orla McCann", "BRIDGET", 0),
                    ("Declan Kerr", "TOMMY", 45),
                ],
                "notes": [
                    "Border crossing for anyone staying in Lifford: allow 10 minutes.",
                ],
                "footer": "Foyle Country  ·  Call Sheet 5  ·  Sperrin Films",
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets -------------------------------


def _week_schedule() -> bytes:
    """A week of the Shreveport series in strips: five days, each closed by an END OF DAY bar."""
    c = Canvas("letter", "helvetica", orientation="L")
    W = c.width
    x0 = 30.0
    right = W - x0
    c.text(x0, 36, "RED RIVER BLUES  -  SHOOTING SCHEDULE  -  EPS. 104 / 105", 13, bold=True)
    c.text(x0, 50, "Caddo Parish Pictures LLC  ·  Pink revisions 10/9/26  ·  Days 1-5", 8.5)
    c.right(right, 36, "Call times on the daily call sheet", 8.5)
    c.hline(x0, right, 56, 0.8)
    heads = ["SC.", "I/E", "SET", "D/N", "PGS", "CAST", "LOCATION"]
    xs = [0, 36, 66, 320, 356, 400, 490]
    days = [
        (
            "1",
            "Mon 10/12/26",
            [
                ("1", "INT", "NOLA'S APARTMENT", "D", "3", "1"),
                ("2", "INT", "NOLA'S APARTMENT - HALL", "D", "7/8", "1, 2"),
            ],
        ),
        (
            "2",
            "Tue 10/13/26",
            [
                ("5", "EXT", "RIVERFRONT BOARDWALK", "D", "2 2/8", "1, 3"),
                ("6", "EXT", "BOARDWALK - BENCH", "N", "1", "1"),
            ],
        ),
        ("3", "Wed 10/14/26", [("9", "INT", "DEACON'S CHURCH", "D", "3 4/8", "2, 5")]),
        (
            "4",
            "Thu 10/15/26",
            [
                ("14", "INT", "MOVIE THEATER - AUDITORIUM", "D", "2 4/8", "1, 2"),
                ("15", "INT", "THEATER LOBBY", "D", "1 1/8", "1, 3"),
            ],
        ),
        (
            "5",
            "Fri 10/16/26",
            [
                ("30", "EXT", "BAYOU ROAD", "D", "1 5/8", "1, 4"),
                ("31", "INT", "MAE'S CAR", "D", "6/8", "1, 3"),
            ],
        ),
    ]
    locs = {
        "1": "Stage 2",
        "2": "Riverfront",
        "3": "Church",
        "4": "Robinson Film Center",
        "5": "Hwy 1 S",
    }
    y = 74.0
    fill(c, x0, y - 9, right - x0, 12, 200)
    for h, dx in zip(heads, xs, strict=True):
        c.text(x0 + 3 + dx, y, h, 7.5, bold=True)
    y += 6
    for n, date, strips in days:
        for row in strips:
            y += 13
            fill(c, x0, y - 9, right - x0, 12, 245 if row[3] == "D" else 205)
            for v, dx in zip([*row, locs[n]], xs, strict=True):
                c.text(x0 + 3 + dx, y, v, 8)
        y += 14
        fill(c, x0, y - 9, right - x0, 12, 40)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 6, y, f"END OF DAY {n}  -  {date}", 8, bold=True)
        black(c)
        y += 6
    y += 14
    c.text(x0, y, "Weekend off. Week 2 (Days 6-10) to follow.", 8.5)
    return c.output()


def _timesheet() -> bytes:
    """A Quebec crew member's weekly timesheet, bilingual: days, in / meal / out, hours."""
    c = Canvas("letter", "helvetica")
    W = c.width
    x0 = 44.0
    right = W - x0
    c.text(x0, 48, "TIMESHEET / FEUILLE DE TEMPS", 14, bold=True)
    c.text(
        x0,
        62,
        "Les Phares  ·  Productions Bas-du-Fleuve inc.  ·  Week ending / Semaine "
        "se terminant le 17/10/2026",
        8.5,
    )
    c.hline(x0, right, 70, 0.8)
    y = 92.0
    for lab, val in [
        ("Name / Nom", "Julien Côté"),
        ("Position / Poste", "Key grip / Chef machiniste"),
        ("Department / Département", "Grip / Machinerie"),
        ("Union / Syndicat", "AQTIS 514 IATSE  ·  Member no 40871"),
    ]:
        c.text(x0, y, lab, 8.5, bold=True)
        c.text(x0 + 150, y, val, 9)
        y += 14
    y += 8
    y = _table(
        c,
        x0,
        y,
        ["DAY / JOUR", "DATE", "IN / ENTRÉE", "MEAL / REPAS", "OUT / SORTIE", "HRS", "OT / TS"],
        [0, 80, 150, 220, 320, 400, 450],
        [
            ("Mon / lun", "12/10/2026", "06h30", "12h30-13h30", "18h00", "10.5", "0"),
            ("Tue / mar", "13/10/2026", "07h00", "13h00-14h00", "19h30", "11.5", "1.5"),
            ("Wed / mer", "14/10/2026", "07h00", "13h00-14h00", "18h30", "10.5", "0.5"),
            ("Thu / jeu", "15/10/2026", "06h15", "12h00-13h00", "18h00", "10.75", "0.75"),
            ("Fri / ven", "16/10/2026", "10h00", "16h00-17h00", "22h30", "11.5", "1.5"),
        ],
        right,
        size=8.5,
        lead=14,
        ruled=True,
    )
    y += 6
    c.text(
        x0,
        y,
        "Total hours / heures totales: 54.75   ·   Overtime / temps supplémentaire: 4.25",
        9,
        bold=True,
    )
    y += 30
    for lab in [
        "Employee signature / Signature de l'employé",
        "Department head / Chef de département",
        "Production accountant / Comptable de production",
    ]:
        c.hline(x0, x0 + 220, y, 0.5)
        c.text(x0, y + 11, lab, 7.5)
        c.text(x0 + 260, y + 11, "Date: ____________", 7.5)
        y += 36
    return c.output()


def _festival() -> bytes:
    """A small film festival's screening programme: films, venues, dates and start times."""
    c = Canvas("A4", "sans")
    W = c.width
    x0 = 50.0
    right = W - x0
    centre(c, 56, "KILMARNOCK SHORT FILM WEEKEND 2026", 16)
    centre(c, 74, "Screening programme  ·  Friday 16 - Sunday 18 October 2026", 10, bold=False)
    c.hline(x0, right, 84, 0.8)
    y = 106.0
    blocks = [
        (
            "Friday 16 October",
            "The Dick Institute, Elmbank Avenue, Kilmarnock KA1 3BU",
            [
                ("19:00", "Opening night: Scottish shorts 1", "72 min", "15"),
                ("21:00", "Late shorts: horror and the uncanny", "64 min", "18"),
            ],
        ),
        (
            "Saturday 17 October",
            "Palace Theatre, 9 Green Street, Kilmarnock KA1 3BN",
            [
                ("11:00", "Family shorts (animation)", "55 min", "U"),
                ("14:00", "Documentary shorts", "80 min", "12A"),
                ("17:30", "Made in Ayrshire + Q&A with the directors", "90 min", "15"),
            ],
        ),
        (
            "Sunday 18 October",
            "The Dick Institute, Elmbank Avenue, Kilmarnock KA1 3BU",
            [
                ("13:00", "International shorts", "78 min", "15"),
                ("16:00", "Awards and closing screening", "60 min", "12A"),
            ],
        ),
    ]
    for head, venue, rows in blocks:
        c.text(x0, y, head, 11, bold=True)
        y += 13
        c.text(x0, y, venue, 8.5)
        y = _table(
            c,
            x0,
            y + 16,
            ["START", "PROGRAMME", "RUNNING TIME", "CERT."],
            [0, 60, 330, 420],
            rows,
            right,
            size=9,
            lead=14,
        )
        y += 6
    y = _para(
        c,
        x0,
        y,
        "Tickets £6 / £4 concessions, weekend pass £25, from the box office or "
        "online. Doors open 30 minutes before each screening. All venues are step-free.",
        9,
        right - x0,
        12,
    )
    return c.output()


# Built as a near miss of the brief's kind, but a week's strips closed by "END OF DAY n - date" are
# what the corpus calls a shooting schedule (CONVENTIONS.md, `one_liner`, as fresh16's week 2 and
# fresh37's weekly schedule): scored as one, each day's date, no call printed ("Call times on the
# daily call sheet").
WEEK_SCHEDULE = {
    "document_type": "shooting_schedule",
    "production": "RED RIVER BLUES",
    "days": [{"shooting_date": f"2026-10-{d}"} for d in ("12", "13", "14", "15", "16")],
}


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_weekly_schedule",
            "near_miss",
            "weekly shooting schedule: stripboard strips for five days with END OF DAY bars",
            _week_schedule,
            WEEK_SCHEDULE,
        ),
        _sheet(
            "near_miss_crew_timesheet",
            "near_miss",
            "bilingual union crew timesheet: five days with in / meal / out, hours, overtime, "
            "signatures",
            _timesheet,
            OTHER,
        ),
        _sheet(
            "near_miss_festival_programme",
            "near_miss",
            "short film festival screening programme: three days, venues with addresses, start "
            "times, running times, certificates",
            _festival,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_qc_sheets(),
        *_stills_sheets(),
        *_corp_sheets(),
        *_plword_sheets(),
        *_ep_sheets(),
        *_bbc_sheets(),
        *_other_sheets(),
    ]
