# ruff: noqa: RUF001  (Greek sheets: the letters are meant)
"""Twelfth held-out set: conventions no earlier set covers (`fresh11_`).

Built without reading the reader (`pipeline/extract/`) and without running it on these sheets:
each family follows a real-world convention (CONVENTIONS.md, "fresh11"). A Greek "ημερήσιο
πρόγραμμα γυρισμάτων" in Greek script with labels above values in a ruled grid, an Argentine
"plan de rodaje" with "hs" times, CPA postcodes and a week of upcoming days under the day's
facts, an Icelandic "dagskrá tökudags" with a calendar-tile date and sideways section labels, a
live outside-broadcast call sheet whose TX time is the biggest time on the page, a stills photo
shoot with a time-first timeline and a looks table, a performance-capture stage day (stage
open, suit-up, calibration), and a Romanian "plan de filmare zilnic" whose day facts sit in a
band at the foot of the page under the scenes. Three near misses (an insurance incident
report, an equipment-return checklist, an Argentine casting callback list) must read as
`other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey, measure
from tests.corpus.formats import add_minutes
from tests.corpus.fresh_common import clock, expect, fill, sheet_maker, time_or
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, cell, fit

D = dt.date
OTHER = {"document_type": "other"}
NO_SUN: tuple[str | None, str | None] = (None, None)

P: dict[str, Place] = {
    # Greece: five-digit postcode written "105 57" before the town
    "athens": _p(
        "eu",
        "Ζάππειο Μέγαρο",
        "Λεωφ. Βασιλίσσης Όλγας 1",
        "105 57 Αθήνα",
        37.9714,
        23.7369,
        "Europe/Athens",
        "Γενικό Νοσοκομείο «Ο Ευαγγελισμός»",
        "Υψηλάντου 45-47",
        "106 76 Αθήνα",
        "213 204 1000",
        "Λεωφ. Αμαλίας 4",
        "105 57 Αθήνα",
    ),
    "thessaloniki": _p(
        "eu",
        "Λευκός Πύργος",
        "Λεωφόρος Νίκης 2",
        "546 21 Θεσσαλονίκη",
        40.6264,
        22.9484,
        "Europe/Athens",
        "Γενικό Νοσοκομείο «Ιπποκράτειο»",
        "Κωνσταντινουπόλεως 49",
        "546 42 Θεσσαλονίκη",
        "2313 312 000",
        "Πλατεία Αριστοτέλους",
        "546 23 Θεσσαλονίκη",
    ),
    "heraklion": _p(
        "eu",
        "Φρούριο Κούλες",
        "Ενετικό Λιμάνι, Λεωφ. Σοφοκλή Βενιζέλου",
        "712 02 Ηράκλειο",
        35.3435,
        25.1370,
        "Europe/Athens",
        "Πανεπιστημιακό Γενικό Νοσοκομείο Ηρακλείου (ΠΑΓΝΗ)",
        "Βούτες, Σταυράκια",
        "715 00 Ηράκλειο",
        "2813 402 111",
        "Πλατεία Ελευθερίας",
        "712 01 Ηράκλειο",
    ),
    # Argentina: CPA postcode, letter + four digits + three letters, before the town
    "buenos_aires": _p(
        "eu",
        "Teatro Colón",
        "Cerrito 628",
        "C1010AAN CABA",
        -34.6011,
        -58.3832,
        "America/Argentina/Buenos_Aires",
        "Hospital de Clínicas José de San Martín",
        "Av. Córdoba 2351",
        "C1120AAR CABA",
        "(011) 5950-8000",
        "Libertad 621",
        "C1012AAM CABA",
    ),
    "la_boca": _p(
        "eu",
        "Usina del Arte",
        "Agustín R. Caffarena 1",
        "C1157ADA CABA",
        -34.6283,
        -58.3570,
        "America/Argentina/Buenos_Aires",
        "Hospital General de Agudos Dr. Cosme Argerich",
        "Pi y Margall 750",
        "C1155AHD CABA",
        "(011) 4121-0700",
        "Av. Pedro de Mendoza 1835",
        "C1169AAB CABA",
    ),
    "rosario": _p(
        "eu",
        "Monumento Nacional a la Bandera",
        "Santa Fe 581",
        "S2000ATL Rosario",
        -32.9477,
        -60.6305,
        "America/Argentina/Cordoba",
        "Hospital de Emergencias Dr. Clemente Álvarez",
        "Av. Pellegrini 3205",
        "S2002QEC Rosario",
        "(0341) 480-8111",
        "Av. Belgrano 800",
        "S2000BTL Rosario",
    ),
    # Iceland: three-digit postcode before the town
    "reykjavik": _p(
        "eu",
        "Harpa tónlistarhús",
        "Austurbakki 2",
        "101 Reykjavík",
        64.1503,
        -21.9328,
        "Atlantic/Reykjavik",
        "Landspítali - bráðamóttaka Fossvogi",
        "Fossvogur",
        "108 Reykjavík",
        "543 1000",
        "Hafnartorg, Geirsgata",
        "101 Reykjavík",
    ),
    "akureyri": _p(
        "eu",
        "Hof menningarhús",
        "Strandgata 12",
        "600 Akureyri",
        65.6835,
        -18.0878,
        "Atlantic/Reykjavik",
        "Sjúkrahúsið á Akureyri",
        "Eyrarlandsvegur",
        "600 Akureyri",
        "463 0100",
        "Skipagata, bílastæði",
        "600 Akureyri",
    ),
    "husavik": _p(
        "eu",
        "Hvalasafnið á Húsavík",
        "Hafnarstétt 1",
        "640 Húsavík",
        66.0449,
        -17.3406,
        "Atlantic/Reykjavik",
        "Heilbrigðisstofnun Norðurlands Húsavík",
        "Auðbrekka 4",
        "640 Húsavík",
        "464 0500",
        "Garðarsbraut, bílastæði",
        "640 Húsavík",
    ),
    # UK outside broadcasts
    "ally_pally": _p(
        "uk",
        "Alexandra Palace",
        "Alexandra Palace Way",
        "London N22 7AY",
        51.5942,
        -0.1306,
        "Europe/London",
        "North Middlesex University Hospital",
        "Sterling Way",
        "London N18 1QX",
        "020 8887 2000",
        "OB compound, Car Park C, off The Avenue",
        "London N10 3LN",
    ),
    "birmingham": _p(
        "uk",
        "Symphony Hall",
        "Broad St",
        "Birmingham B1 2EA",
        52.4794,
        -1.9093,
        "Europe/London",
        "Birmingham City Hospital",
        "Dudley Rd",
        "Birmingham B18 7QH",
        "0121 554 3801",
        "OB compound, Cambridge St",
        "Birmingham B1 2NP",
    ),
    "belfast": _p(
        "uk",
        "Ulster Hall",
        "Bedford St",
        "Belfast BT2 7FF",
        54.5948,
        -5.9317,
        "Europe/London",
        "Royal Victoria Hospital",
        "Grosvenor Rd",
        "Belfast BT12 6BA",
        "028 9024 0503",
        "OB compound, Linenhall St",
        "Belfast BT2 8BG",
    ),
    # US stills studios / garden
    "pier59": _p(
        "us",
        "Pier 59 Studios",
        "Chelsea Piers, Pier 59",
        "New York, NY 10011",
        40.7467,
        -74.0087,
        "America/New_York",
        "Lenox Health Greenwich Village",
        "30 7th Ave",
        "New York, NY 10011",
        "(646) 665-6000",
        "Chelsea Piers garage, 23rd St & West Side Hwy",
        "New York, NY 10011",
    ),
    "culver": _p(
        "us",
        "Smashbox Studios",
        "8549 Higuera St",
        "Culver City, CA 90232",
        34.0246,
        -118.3883,
        "America/Los_Angeles",
        "Southern California Hospital at Culver City",
        "3828 Delmas Terrace",
        "Culver City, CA 90232",
        "(310) 836-7000",
        "8500 Steller Dr (lot B)",
        "Culver City, CA 90232",
    ),
    "miami": _p(
        "us",
        "Miami Beach Botanical Garden",
        "2000 Convention Center Dr",
        "Miami Beach, FL 33139",
        25.7945,
        -80.1324,
        "America/New_York",
        "Mount Sinai Medical Center",
        "4300 Alton Rd",
        "Miami Beach, FL 33140",
        "(305) 674-2121",
        "Pride Park lot, 1809 Meridian Ave",
        "Miami Beach, FL 33139",
    ),
    # performance-capture stages
    "pinewood": _p(
        "uk",
        "Pinewood Studios, Stage V (capture volume)",
        "Pinewood Rd",
        "Iver Heath SL0 0NH",
        51.5488,
        -0.5369,
        "Europe/London",
        "Wexham Park Hospital",
        "Wexham St",
        "Slough SL2 4HL",
        "01753 633000",
        "Crew car park, Gate 2, Pinewood Rd",
        "Iver Heath SL0 0NH",
    ),
    "montreal": _p(
        "ca",
        "Studio de capture, 3e étage",
        "5505 Boul. Saint-Laurent",
        "Montréal, QC H2T 1S6",
        45.5236,
        -73.5977,
        "America/Toronto",
        "CHUM - Centre hospitalier de l'Université de Montréal",
        "1051 Rue Sanguinet",
        "Montréal, QC H2X 3E4",
        "514 890-8000",
        "Stationnement Rue Saint-Dominique",
        "Montréal, QC H2T 1V4",
    ),
    "trilith": _p(
        "us",
        "Trilith Studios, Stage 18 (mocap)",
        "461 Sandy Creek Rd",
        "Fayetteville, GA 30214",
        33.4288,
        -84.5010,
        "America/New_York",
        "Piedmont Fayette Hospital",
        "1255 Hwy 54 W",
        "Fayetteville, GA 30214",
        "(770) 719-7000",
        "Crew lot C, Trilith Pkwy",
        "Fayetteville, GA 30214",
    ),
    # Romania: six-digit postcode before the town
    "bucuresti": _p(
        "eu",
        "Palatul Parlamentului",
        "Str. Izvor 2-4",
        "050563 București",
        44.4275,
        26.0875,
        "Europe/Bucharest",
        "Spitalul Universitar de Urgență București",
        "Splaiul Independenței 169",
        "050098 București",
        "021 318 0519",
        "Parcarea Izvor, Splaiul Independenței",
        "050091 București",
    ),
    "cluj": _p(
        "eu",
        "Teatrul Național Cluj-Napoca",
        "Piața Ștefan cel Mare 2-4",
        "400192 Cluj-Napoca",
        46.7697,
        23.5977,
        "Europe/Bucharest",
        "Spitalul Clinic Județean de Urgență Cluj",
        "Str. Clinicilor 3-5",
        "400006 Cluj-Napoca",
        "0264 597 852",
        "Parcarea Sala Sporturilor, Str. Dorobanților",
        "400117 Cluj-Napoca",
    ),
    "sibiu": _p(
        "eu",
        "Casa Albastră, Piața Mare",
        "Piața Mare 5",
        "550163 Sibiu",
        45.7972,
        24.1520,
        "Europe/Bucharest",
        "Spitalul Clinic Județean de Urgență Sibiu",
        "Bd. Corneliu Coposu 2-4",
        "550245 Sibiu",
        "0269 215 050",
        "Parcarea Piața Cibin, Str. Turnului",
        "550135 Sibiu",
    ),
}

GR_WD = ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"]
GR_WD_SHORT = ["Δευ.", "Τρ.", "Τετ.", "Πέμ.", "Παρ.", "Σάβ.", "Κυρ."]
GR_MON = [
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
ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
IS_WD = [
    "mánudagur",
    "þriðjudagur",
    "miðvikudagur",
    "fimmtudagur",
    "föstudagur",
    "laugardagur",
    "sunnudagur",
]
IS_MON = [
    "janúar",
    "febrúar",
    "mars",
    "apríl",
    "maí",
    "júní",
    "júlí",
    "ágúst",
    "september",
    "október",
    "nóvember",
    "desember",
]
RO_WD = ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"]
RO_MON = [
    "ianuarie",
    "februarie",
    "martie",
    "aprilie",
    "mai",
    "iunie",
    "iulie",
    "august",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the Greek, Argentine and Icelandic ones."""
    h, m, h12, _ = clock(hhmm)
    forms = {
        "gr": f"{h12}.{m:02d} {'π.μ.' if h < 12 else 'μ.μ.'}",  # "7.30 π.μ."
        "hs": f"{h}:{m:02d} hs",  # Rioplatense "7:30 hs"
        "hs_dot": f"{h:02d}.{m:02d} hs",  # "07.30 hs"
        "kl": f"kl. {h:02d}:{m:02d}",  # Icelandic "kl. 08:00"
        "kl_short": f"kl. {h}:{m:02d}",  # "kl. 7:30"
        "bare_a": f"{h12}{f':{m:02d}' if m else ''}{'a' if h < 12 else 'p'}",  # "8a", "8:30a"
        "qc": f"{h} h {m:02d}",  # Quebec "7 h 30"
        "ro": f"ora {h:02d}:{m:02d}",  # "ora 07:00"
    }
    return time_or(forms, hhmm, style)


_sheet = sheet_maker("fresh11")


# --- Greece: ΗΜΕΡΗΣΙΟ ΠΡΟΓΡΑΜΜΑ ΓΥΡΙΣΜΑΤΟΣ, a ruled grid with labels above values ----------------


def _gr_date(d: D, style: str) -> str:
    if style == "long":
        return f"{GR_WD[d.weekday()]} {d.day} {GR_MON[d.month - 1]} {d.year}"
    if style == "short":
        return f"{GR_WD_SHORT[d.weekday()]} {d:%d/%m/%Y}"
    return f"{GR_WD[d.weekday()]}, {d.day} {GR_MON[d.month - 1]} {d.year}"


def _gr(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        c.text(32, 40, g["company"], 9, bold=True)
        c.text(32, 52, g["company_addr"], 7)
        c.right(W - 32, 40, "ΗΜΕΡΗΣΙΟ ΠΡΟΓΡΑΜΜΑ ΓΥΡΙΣΜΑΤΟΣ", 10, bold=True)
        c.right(W - 32, 53, f"Αρ. {g['no']}  ·  {g['day_of']}", 8.5)
        centre(c, 84, title, 18)
        centre(c, 100, g["sub"], 9, bold=False)
        # a ruled 3 x 3 grid, label at the top of each cell, value under it
        x0, y0, cw, rh = 32.0, 116.0, (W - 64) / 3, 46.0
        c.grid(x0, y0, [cw] * 3, [rh] * 3)
        first = [
            ("ΗΜΕΡΟΜΗΝΙΑ ΓΥΡΙΣΜΑΤΟΣ", [_gr_date(day, g["date"])]),
            (g["call_label"], [hm(call, t), g["call_note"]]),
            ("ΕΝΑΡΞΗ ΓΥΡΙΣΜΑΤΟΣ", [hm(add_minutes(call, 60), t)]),
        ]
        if g.get("production_first"):
            # HARD: production's own earlier call takes the first time cell, the crew's is next
            first = [
                ("ΗΜΕΡΟΜΗΝΙΑ ΓΥΡΙΣΜΑΤΟΣ", [_gr_date(day, g["date"])]),
                ("ΠΡΟΣΕΛΕΥΣΗ ΠΑΡΑΓΩΓΗΣ", [hm(add_minutes(call, -60), t), "Παραγωγή, Ηλεκτρολόγοι"]),
                (g["call_label"], [hm(call, t), g["call_note"]]),
            ]
        rows = [
            first,
            [
                ("ΜΑΚΙΓΙΑΖ / ΚΟΜΜΩΣΗ", [hm(add_minutes(call, -45), t)]),
                ("ΔΙΑΛΕΙΜΜΑ ΦΑΓΗΤΟΥ", [hm(add_minutes(call, 330), t)]),
                ("ΛΗΞΗ (ΕΚΤΙΜΩΜΕΝΗ)", [hm(add_minutes(call, 600), t)]),
            ],
            [
                ("ΑΝΑΤΟΛΗ ΗΛΙΟΥ", [hm(rise, t)]),
                ("ΔΥΣΗ ΗΛΙΟΥ", [hm(fall, t)]),
                ("ΚΑΙΡΟΣ", [g["weather"]]),
            ],
        ]
        for r, row in enumerate(rows):
            for k, (label, lines) in enumerate(row):
                cell(c, x0 + k * cw, y0 + r * rh, cw, label, lines, size=10 if k else 9)
        # places: three wide cells
        y = y0 + 3 * rh + 16
        c.text(32, y, "ΤΟΠΟΘΕΣΙΕΣ", 10, bold=True)
        y += 6
        c.grid(32, y, [W - 64], [58.0, 46.0, 58.0])
        cell(c, 32, y, W - 64, "ΤΟΠΟΘΕΣΙΑ ΓΥΡΙΣΜΑΤΟΣ", [g["set"], p.name, p.street, p.city])
        cell(
            c,
            32,
            y + 58,
            W - 64,
            "ΒΑΣΗ / ΣΤΑΘΜΕΥΣΗ ΟΧΗΜΑΤΩΝ",
            [p.base_street, p.base_city],
        )
        cell(
            c,
            32,
            y + 104,
            W - 64,
            "ΠΛΗΣΙΕΣΤΕΡΟ ΝΟΣΟΚΟΜΕΙΟ (ΕΦΗΜΕΡΕΥΟΝ)",
            [p.hospital, f"{p.hospital_street}, {p.hospital_city}", f"Τηλ. {p.hospital_phone}"],
        )
        c.text(W - 200, y + 104 + 38, "ΕΚΑΒ: 166  ·  Έκτακτη ανάγκη: 112", 8)
        y += 184
        c.text(32, y, "ΣΚΗΝΕΣ", 10, bold=True)
        c.hline(32, W - 32, y + 3)
        for line in g["scenes"]:
            y += 13
            c.text(36, y, line, 8.5)
        y += 22
        c.text(32, y, "ΗΘΟΠΟΙΟΙ", 10, bold=True)
        for text, x in [("ΠΑΡΑΛΑΒΗ", 260), ("ΜΑΚΙΓΙΑΖ", 340), ("ΣΤΟ ΣΕΤ", 430)]:
            c.text(x, y, text, 8, bold=True)
        c.hline(32, W - 32, y + 3)
        for n, name in enumerate(g["cast"]):
            y += 13
            c.text(36, y, name, 8.5)
            for k, x in enumerate([260, 340, 430]):
                c.text(x, y, hm(add_minutes(call, -60 + 10 * n + 45 * k), t), 8.5)
        y += 30
        grey(c)
        c.text(32, y, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"gr_{key}",
        "gr_programma",
        "Greek daily shooting programme, ruled grid",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _gr_sheets() -> list[Sheet]:
    footer = (
        "Το πρόγραμμα εκδίδεται από τον Β' βοηθό σκηνοθέτη. "
        "Αλλαγές μόνο από τη διεύθυνση παραγωγής."
    )
    return [
        _gr(
            "athens",
            "Ο ΦΑΡΟΣ ΤΗΣ ΑΙΓΙΝΑΣ",
            D(2026, 3, 17),
            "07:00",
            {
                "company": "Αιγαίο Φιλμς Α.Ε.",
                "company_addr": "Σόλωνος 112, 106 81 Αθήνα · 210 380 4455",
                "no": "9",
                "day_of": "Ημέρα 9 / 32",
                "sub": "Τηλεοπτική σειρά · Επεισόδιο 5 · Σκηνοθεσία: Ελένη Παππά",
                "date": "long",
                "time": "h24",
                "call_label": "ΠΡΟΣΕΛΕΥΣΗ ΣΥΝΕΡΓΕΙΟΥ",
                "call_note": "στο σετ",
                "weather": "Λιακάδα, 17°C",
                "set": "Αίθουσα Ροτόντα",
                "scenes": [
                    "Σκ. 31  ΕΣΩΤ. ΡΟΤΟΝΤΑ - ΗΜΕΡΑ  1 3/8  Ρόλοι 1, 2",
                    "Σκ. 33  ΕΞΩΤ. ΚΗΠΟΣ ΖΑΠΠΕΙΟΥ - ΗΜΕΡΑ  5/8  Ρόλος 1",
                ],
                "cast": ["1. Μαρίνα - Δέσποινα Καρρά", "2. Νίκος - Άρης Λαμπρόπουλος"],
                "footer": footer,
            },
        ),
        _gr(
            "thessaloniki",
            "ΘΕΡΜΑΪΚΟΣ",
            D(2026, 5, 14),
            "07:30",
            {
                "company": "Βόρεια Παραγωγή Ι.Κ.Ε.",
                "company_addr": "Τσιμισκή 43, 546 23 Θεσσαλονίκη",
                "no": "14",
                "day_of": "Ημέρα 14 από 26",
                "sub": "Ταινία μεγάλου μήκους · Σκηνοθεσία: Στέλιος Γεωργίου",
                "date": "short",
                "time": "gr",
                "call_label": "ΩΡΑ ΠΡΟΣΕΛΕΥΣΗΣ ΣΥΝΕΡΓΕΙΟΥ",
                "call_note": "όλο το συνεργείο",
                "weather": "Αίθριος, 24°C, άνεμος Β 3 μπ.",
                "set": "Παραλία, μπροστά στον Πύργο",
                "scenes": ["Σκ. 58  ΕΞΩΤ. ΠΑΡΑΛΙΑ ΛΕΥΚΟΥ ΠΥΡΓΟΥ - ΗΜΕΡΑ  2 1/8  Ρόλοι 1, 3, 4"],
                "cast": ["1. Άννα", "3. Ο πατέρας", "4. Τάσος"],
                "footer": footer,
            },
        ),
        _gr(
            "heraklion",
            "ΤΑ ΚΑΣΤΡΑ",
            D(2026, 10, 7),
            "06:45",
            {
                "company": "Κρήτη Μοσιόν Πίκτσερς",
                "company_addr": "25ης Αυγούστου 10, 712 02 Ηράκλειο",
                "no": "21",
                "day_of": "Ημέρα 21 / 40",
                "sub": "Τηλεοπτική σειρά · Επεισόδια 11-12",
                "date": "comma",
                "time": "military",
                "call_label": "ΚΛΗΣΗ ΣΥΝΕΡΓΕΙΟΥ",
                "call_note": "στην είσοδο του φρουρίου",
                "production_first": True,
                "weather": "Συννεφιά, 22°C",
                "set": "Εσωτερικό φρουρίου, ισόγειο",
                "scenes": [
                    "Σκ. 12  ΕΣΩΤ. ΚΟΥΛΕΣ, ΘΟΛΩΤΗ ΑΙΘΟΥΣΑ - ΗΜΕΡΑ  1 6/8  Ρόλοι 2, 5",
                    "Σκ. 14  ΕΞΩΤ. ΜΩΛΟΣ - ΣΟΥΡΟΥΠΟ  4/8  Ρόλος 5",
                ],
                "cast": ["2. Μανόλης - Γιάννης Σταυρακάκης", "5. Ειρήνη - Κατερίνα Μαρκάκη"],
                "footer": footer,
            },
        ),
    ]


# --- Argentina: plan de rodaje, "hs" times, CPA postcodes, a week of upcoming days ------------


def _ar_date(d: D, style: str) -> str:
    if style == "long":
        return f"{ES_WD[d.weekday()]} {d.day} de {ES_MON[d.month - 1]} de {d.year}"
    return f"{ES_WD[d.weekday()][:3].capitalize()} {d:%d/%m/%y}"  # "Jue 07/05/26"


def _ar(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas(g["page"], g["font"])
        W = c.width
        c.text(36, 40, g["company"], 9, bold=True)
        c.text(36, 51, g["company_addr"], 7)
        c.right(W - 36, 40, f"PLAN DE RODAJE - JORNADA {g['jornada']}", 11, bold=True)
        c.right(W - 36, 53, g["jornada_of"], 8.5)
        centre(c, 86, title, 17)
        centre(c, 101, g["sub"], 8.5, bold=False)
        c.hline(36, W - 36, 110, 1)
        # label: value list, label column then value column
        rows: list[tuple[str, str, bool]] = [
            ("Fecha", _ar_date(day, g["date"]), True),
            ("Citación producción", hm(add_minutes(call, -45), t), False),
            ("Maquillaje y peinado", hm(add_minutes(call, -30), t), False),
            (g["call_label"], f"{hm(call, t)}  {g['call_note']}", True),
            ("Primera toma", hm(add_minutes(call, 75), t), False),
            ("Almuerzo (catering)", hm(add_minutes(call, 330), t), False),
            ("Fin de jornada estimado", hm(add_minutes(call, 660), t), False),
            ("Salida / puesta del sol", f"{hm(rise, t)} / {hm(fall, t)}", False),
            ("Pronóstico", g["weather"], False),
        ]
        y = 128.0
        x, yy = W / 2 + 30, 128.0  # places, at the right
        for label, value, bold in rows:
            # each text shrinks to its cell: a long label or date must not overprint the next
            fit(c, 40, y, label, 9, 166 - 40, bold=True)
            fit(c, 170, y, value, 9.5, x - 8 - 170, bold=bold)
            y += 14
        for label, lines in [
            ("LOCACIÓN", [g["set"], p.name, p.street, p.city]),
            ("BASE / ESTACIONAMIENTO", [p.base_street, p.base_city]),
            (
                "HOSPITAL MÁS CERCANO (GUARDIA)",
                [p.hospital, p.hospital_street, p.hospital_city, f"Tel. {p.hospital_phone}"],
            ),
        ]:
            c.text(x, yy, label, 8.5, bold=True)
            for line in lines:
                yy += 11
                fit(c, x, yy, line, 8.5, W - 36 - x)
            yy += 18
        c.text(x, yy - 4, "Emergencias SAME: 107 · Policía: 911", 7.5)
        y = max(y, yy) + 14
        c.text(36, y, "ESCENAS", 10, bold=True)
        c.hline(36, W - 36, y + 3)
        for line in g["scenes"]:
            y += 13
            c.text(40, y, line, 8.5)
        y += 24
        # HARD: a week of upcoming shooting days under the day's facts, each with its own
        # date and call; the expected date and call are the day's own
        c.text(36, y, "PRÓXIMAS JORNADAS (sujeto a cambios)", 10, bold=True)
        y += 6
        widths = [60.0, 130.0, 90.0, W - 72 - 280]
        c.grid(36, y, widths, [15.0] * 5)
        for text, xx in [("JORNADA", 40), ("FECHA", 100), ("CITACIÓN", 230), ("LOCACIÓN", 320)]:
            c.text(xx, y + 11, text, 7.5, bold=True)
        for n, (offset, call2, where) in enumerate(g["advance"]):
            d2 = day + dt.timedelta(days=offset)
            yy = y + 15 * (n + 1) + 11
            c.text(40, yy, str(g["jornada"] + n + 1), 8)
            fit(c, 100, yy, _ar_date(d2, g["date"]), 8, widths[1] - 6)
            c.text(230, yy, hm(call2, t), 8)
            fit(c, 320, yy, where, 8, widths[3] - 6)
        y += 15 * 5 + 24
        grey(c)
        c.text(36, y, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"ar_{key}",
        "ar_plan_rodaje",
        "Argentine plan de rodaje with upcoming days",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ar_sheets() -> list[Sheet]:
    footer = (
        "Plan de rodaje confeccionado por el 1er ayudante de dirección. Aprobó: jefa de producción."
    )
    return [
        _ar(
            "buenos_aires",
            "LA CASA DEL RÍO",
            D(2026, 3, 17),
            "07:30",
            {
                "page": "A4",
                "font": "helvetica",
                "company": "Pampa Sur Cine S.R.L.",
                "company_addr": "Medrano 288 (C1179AAD) CABA · (011) 4981-2200",
                "jornada": 9,
                "jornada_of": "Jornada 9 de 28",
                "sub": "Largometraje · Dirección: Lucía Ferreyra",
                "date": "long",
                "time": "hs",
                "call_label": "Citación equipo técnico",
                "call_note": "(en locación)",
                "weather": "Nublado, máx. 26°C",
                "set": "Foyer y escalera principal",
                "scenes": [
                    "Esc. 44  INT. TEATRO, FOYER - DÍA  1 2/8  Pers. 1, 2",
                    "Esc. 45  INT. TEATRO, ESCALERA - DÍA  6/8  Pers. 1",
                ],
                "advance": [
                    (1, "08:00", "Usina del Arte, La Boca"),
                    (2, "07:30", "Usina del Arte, La Boca"),
                    (3, "14:00", "Costanera Sur (nocturna)"),
                    (6, "09:00", "Estudio Baires, Don Torcuato"),
                ],
                "footer": footer,
            },
        ),
        _ar(
            "la_boca",
            "CONVENTILLO",
            D(2026, 5, 7),
            "08:00",
            {
                "page": "letter",
                "font": "times",
                "company": "Riachuelo Producciones",
                "company_addr": "Av. Almirante Brown 1100, C1159ABR CABA",
                "jornada": 15,
                "jornada_of": "Jornada 15 / 40",
                "sub": "Serie · Capítulo 6",
                "date": "short",
                "time": "hs_dot",
                "call_label": "Citación general",
                "call_note": "(todo el equipo)",
                "weather": "Soleado, 19°C",
                "set": "Sala de turbinas",
                "scenes": ["Esc. 12  INT. SALA DE TURBINAS - DÍA  2 4/8  Pers. 2, 3, 6"],
                "advance": [
                    (1, "07:00", "Caminito, La Boca"),
                    (4, "08:30", "Teatro Colón, Cerrito 628"),
                    (5, "08:30", "Teatro Colón, Cerrito 628"),
                    (6, "10:00", "Estudio, Martínez"),
                ],
                "footer": footer,
            },
        ),
        _ar(
            "rosario",
            "BANDERAS",
            D(2026, 9, 12),
            "06:45",
            {
                "page": "A4",
                "font": "sans",
                "company": "Litoral Films",
                "company_addr": "Bv. Oroño 1060, S2000DSP Rosario",
                "jornada": 3,
                "jornada_of": "Jornada 3 de 12",
                "sub": "Unitario para TV · Dirección: Martín Arce",
                "date": "long",
                "time": "hs",
                "call_label": "Horario de citación equipo",
                "call_note": "(en el Patio Cívico)",
                "weather": "Despejado, 14°C, viento SE",
                "set": "Patio Cívico y escalinata",
                "scenes": [
                    "Esc. 3  EXT. PATIO CÍVICO - AMANECER  1 Pers. 1",
                    "Esc. 7  EXT. ESCALINATA - DÍA  1 3/8  Pers. 1, 4",
                ],
                "advance": [
                    (2, "07:00", "Parque de la Independencia"),
                    (3, "07:00", "Parque de la Independencia"),
                    (4, "15:30", "Puerto Norte (nocturna)"),
                    (5, "08:00", "Estación Rosario Norte"),
                ],
                "footer": footer,
            },
        ),
    ]


# --- Iceland: dagskrá tökudags, calendar-tile date, sideways section labels -------------------


def _is_date(d: D, style: str) -> str:
    if style == "long":
        return f"{IS_WD[d.weekday()]} {d.day}. {IS_MON[d.month - 1]} {d.year}"
    return f"{IS_WD[d.weekday()][:3]}. {d:%d.%m.%Y}"  # "fim. 14.05.2026"


def _is(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        c.text(36, 40, g["company"], 9, bold=True)
        c.text(36, 51, g["company_addr"], 7)
        fit(c, 36, 82, title, 20, 330, bold=True)
        c.text(36, 97, "DAGSKRÁ TÖKUDAGS / CALL SHEET", 9.5, bold=True)
        c.text(36, 110, g["day_of"], 8.5)
        # a calendar tile at the top right: weekday, big day number, month, year
        tx, ty, tw = W - 126, 28.0, 90.0
        c.box(tx, ty, tw, 92, 1)
        fill(c, tx, ty, tw, 18, 40)
        c.pdf.set_text_color(255, 255, 255)
        wd = IS_WD[day.weekday()].upper()
        c.text(tx + (tw - measure(c, wd, 7.5, bold=True)) / 2, ty + 12.5, wd, 7.5, bold=True)
        black(c)
        num = str(day.day)
        c.text(tx + (tw - measure(c, num, 34, bold=True)) / 2, ty + 56, num, 34, bold=True)
        mon = IS_MON[day.month - 1].upper()
        c.text(tx + (tw - measure(c, mon, 10, bold=True)) / 2, ty + 72, mon, 10, bold=True)
        yr = str(day.year)
        c.text(tx + (tw - measure(c, yr, 8.5)) / 2, ty + 85, yr, 8.5)
        if not g.get("tile_only"):
            c.right(W - 36, 134, _is_date(day, g["date"]), 9, bold=True)
        # sections with their label turned sideways in a grey strip at the left
        y = 146.0

        def section(label: str, h: float) -> tuple[float, float]:
            nonlocal y
            top = y
            c.box(36, top, W - 72, h)
            fill(c, 36.5, top + 0.5, 17, h - 1, 215)
            size = 7.5
            while size > 4 and measure(c, label, size, bold=True) > h - 10:
                size -= 0.5
            with c.pdf.rotation(90, 49, top + h - 5):
                c.text(49, top + h - 5, label, size, bold=True)
            y += h + 8
            return 62.0, top

        x, top = section("TÍMAR", 120)
        times = [
            ("Förðun og hár", add_minutes(call, -60), False),
            ("Morgunmatur í bækistöð", add_minutes(call, -30), False),
            (g["call_label"], call, True),
            ("Fyrsta taka", add_minutes(call, 60), False),
            ("Hádegismatur", add_minutes(call, 300), False),
            ("Áætluð tökulok", add_minutes(call, 600), False),
        ]
        yy = top + 16
        for label, hhmm, bold in times:
            c.text(x, yy, label, 9, bold=bold)
            c.right(290, yy, hm(hhmm, t), 9.5, bold=bold)
            yy += 16
        c.text(320, top + 16, f"Sólarupprás: {hm(rise, t)}", 9)
        c.text(320, top + 32, f"Sólsetur: {hm(fall, t)}", 9)
        c.text(320, top + 48, f"Veður: {g['weather']}", 9)
        c.text(320, top + 64, f"Leikstjóri: {g['director']}", 9)
        c.text(320, top + 80, f"1. aðstoðarleikstjóri: {g['ad']}", 9)
        x, top = section("TÖKUSTAÐUR", 64)
        for n, line in enumerate([g["set"], p.name, p.street, p.city]):
            c.text(x, top + 14 + 13 * n, line, 9, bold=n == 0)
        x, top = section("BÆKISTÖÐ", 48)
        for n, line in enumerate([p.base_street, p.base_city]):
            c.text(x, top + 14 + 13 * n, line, 9)
        x, top = section("SJÚKRAHÚS", 64)
        c.text(x, top + 14, "Næsta sjúkrahús (bráðamóttaka)", 8, bold=True)
        for n, line in enumerate(
            [p.hospital, f"{p.hospital_street}, {p.hospital_city}", f"Sími {p.hospital_phone}"]
        ):
            c.text(x, top + 27 + 12 * n, line, 9)
        c.right(W - 44, top + 14, "Neyðarlínan 112", 9, bold=True)
        x, top = section("SENUR", 70)
        for n, line in enumerate(g["scenes"]):
            c.text(x, top + 14 + 13 * n, line, 8.5)
        grey(c)
        c.text(36, y + 10, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"is_{key}",
        "is_dagskra",
        "Icelandic call sheet, calendar tile, sideways labels",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _is_sheets() -> list[Sheet]:
    footer = "Tökuplan getur breyst. Nýjasta útgáfa er alltaf sú sem gildir."
    return [
        _is(
            "reykjavik",
            "NORÐURLJÓS",
            D(2026, 3, 20),
            "08:00",
            {
                "company": "Hafgola kvikmyndir ehf.",
                "company_addr": "Laugavegur 26, 101 Reykjavík",
                "day_of": "Tökudagur 6 af 24",
                "date": "long",
                # HARD: the date is printed only in the calendar tile (weekday, day, month, year
                # on four lines)
                "tile_only": True,
                "time": "kl",
                "call_label": "Mæting tökuliðs (á tökustað)",
                "weather": "Skýjað, 3°C, NA 6 m/s",
                "director": "Sigríður Jónsdóttir",
                "ad": "Bjarki Þórsson",
                "set": "Anddyri og Eldborg",
                "scenes": [
                    "Sena 18  INNI. HARPA, ANDDYRI - DAGUR  1 2/8  Hlutverk 1, 2",
                    "Sena 19  INNI. ELDBORG - DAGUR  6/8  Hlutverk 2",
                ],
                "footer": footer,
            },
        ),
        _is(
            "akureyri",
            "FJÖRÐURINN",
            D(2026, 4, 16),
            "07:30",
            {
                "company": "Eyjafjörður Films",
                "company_addr": "Glerárgata 34, 600 Akureyri",
                "day_of": "Tökudagur 11 / 30",
                "date": "short",
                "time": "kl_short",
                "call_label": "Mæting allra",
                "weather": "Léttskýjað, 9°C",
                "director": "Hrafn Gunnarsson",
                "ad": "Elín Ásgeirsdóttir",
                "set": "Salur Hamraborg",
                "scenes": ["Sena 40  INNI. HOF, HAMRABORG - DAGUR  2 1/8  Hlutverk 1, 3, 4"],
                "footer": footer,
            },
        ),
        _is(
            "husavik",
            "HVALAVEIÐAR",
            D(2026, 9, 30),
            "07:00",
            {
                "company": "Skjálfandi Productions",
                "company_addr": "Garðarsbraut 5, 640 Húsavík",
                "day_of": "Tökudagur 3 af 9",
                "date": "long",
                "time": "military",
                "call_label": "Mæting tökuliðs",
                "weather": "Rigning, 6°C",
                "director": "Katrín Ólafsdóttir",
                "ad": "Ari Magnússon",
                "set": "Bryggjan við safnið",
                "scenes": [
                    "Sena 5  ÚTI. HÖFNIN - MORGUNN  1 Hlutverk 1",
                    "Sena 6  INNI. HVALASAFNIÐ - DAGUR  1 4/8  Hlutverk 1, 2",
                ],
                "footer": footer,
            },
        ),
    ]


# --- live outside broadcast: crew call among rig, rehearsal, doors and a large TX box ---------


def _ob(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]
    tx = g["tx"]

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        fill(c, 0, 0, W, 64, 25)
        c.pdf.set_text_color(255, 255, 255)
        c.text(30, 28, title, 16, bold=True)
        c.text(30, 46, f"{g['broadcaster']}  ·  LIVE OB  ·  {g['company']}", 8.5)
        c.right(W - 30, 28, "OB CALL SHEET", 12, bold=True)
        c.right(W - 30, 46, g["date_text"], 9)
        black(c)
        # HARD: the TX window is the largest time on the page, the crew call is smaller
        c.box(W - 200, 80, 170, 74, 1.5)
        c.text(W - 190, 96, "ON AIR / TX", 9, bold=True)
        c.text(W - 190, 126, f"{hm(tx, t)} - {hm(add_minutes(tx, 120), t)}", 22, bold=True)
        c.text(W - 190, 144, g["channel"], 8)
        # the day's running times, label left, time right-aligned
        rows = [
            ("OB trucks arrive / park up", add_minutes(call, -180), False),
            ("Rigging crew", add_minutes(call, -120), False),
            (g["call_label"], call, True),
            ("Catering (compound)", add_minutes(call, 30), False),
            ("Line-up / facilities check", add_minutes(call, 180), False),
            ("Camera rehearsal", add_minutes(call, 240), False),
            ("Dinner", add_minutes(tx, -150), False),
            ("Dress run", add_minutes(tx, -105), False),
            ("Doors (audience)", add_minutes(tx, -60), False),
            ("ON AIR", tx, False),
            ("Off air / de-rig", add_minutes(tx, 120), False),
        ]
        c.text(30, 86, "TIMINGS", 10, bold=True)
        y = 102.0
        for label, hhmm, bold in rows:
            c.text(30, y, label, 9, bold=bold)
            c.right(300, y, hm(hhmm, t), 9.5, bold=bold)
            y += 14
        c.text(W - 200, 172, f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}", 8)
        c.text(W - 200, 184, f"Weather: {g['weather']}", 8)
        c.text(W - 200, 196, f"Scanner: {g['scanner']}", 8)
        y += 12
        half = (W - 60) / 2
        c.grid(30, y, [half, half], [70.0, 62.0])
        cell(c, 30, y, half, "VENUE", [g["set"], p.name, p.street, p.city])
        cell(
            c,
            30 + half,
            y,
            half,
            "OB COMPOUND / PARKING",
            [p.base_street, p.base_city, g["parking"]],
        )
        cell(
            c,
            30,
            y + 70,
            half,
            "NEAREST A&E",
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
        )
        cell(
            c,
            30 + half,
            y + 70,
            half,
            "ACCREDITATION",
            ["Collect passes at the stage door", "Hi-vis in the compound at all times"],
        )
        y += 132 + 22
        c.text(30, y, "RUNNING ORDER (PROVISIONAL)", 10, bold=True)
        c.hline(30, W - 30, y + 3)
        for n, item in enumerate(g["running"]):
            y += 13
            c.text(34, y, f"{n + 1:>2}", 8.5)
            c.text(54, y, item, 8.5)
        y += 22
        c.text(30, y, "KEY CONTACTS", 10, bold=True)
        c.hline(30, W - 30, y + 3)
        for line in g["contacts"]:
            y += 13
            c.text(34, y, line, 8.5)
        return c.output()

    return _sheet(
        f"ob_{key}",
        "live_ob",
        "live outside-broadcast call sheet",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ob_sheets() -> list[Sheet]:
    return [
        _ob(
            "ally_pally",
            "THE SATURDAY SESSIONS",
            D(2026, 3, 14),
            "10:00",
            {
                "font": "helvetica",
                "broadcaster": "Channel 4",
                "company": "Northlight Live Ltd",
                "date_text": "Saturday 14 March 2026",
                "time": "military",
                "call_label": "CREW CALL (all OB crew, compound)",
                "tx": "19:30",
                "channel": "Live on Channel 4 and streaming",
                "weather": "Showers, 9°C",
                "scanner": "OB 7 (UHD)",
                "set": "West Hall",
                "parking": "Crew parking Car Park C only",
                "running": [
                    "Opening titles / host to camera",
                    "Band 1 - live",
                    "Interview (sofa)",
                    "Band 2 - live",
                    "Close",
                ],
                "contacts": [
                    "Producer: Hannah Okafor 07700 900412",
                    "OB Manager: Rob Ellis 07700 900533",
                    "Floor Manager: Priya Shah 07700 900277",
                ],
            },
        ),
        _ob(
            "birmingham",
            "CHOIR OF THE YEAR - FINAL",
            D(2026, 6, 6),
            "11:00",
            {
                "font": "times",
                "broadcaster": "BBC Two",
                "company": "Midlands Live Productions",
                "date_text": "Sat 06/06/26",
                "time": "h24",
                "call_label": "FULL CREW CALL",
                "tx": "19:00",
                "channel": "BBC Two / iPlayer",
                "weather": "Dry, 18°C",
                "scanner": "Unit 3 (HD)",
                "set": "Main auditorium and stage",
                "parking": "Loading bay via Cambridge St",
                "running": ["Welcome", "Choir 1", "Choir 2", "Choir 3", "Judges", "Result"],
                "contacts": [
                    "Series Producer: Tom Reid 07700 900101",
                    "Technical Manager: Ayesha Khan 07700 900202",
                ],
            },
        ),
        _ob(
            "belfast",
            "FRIDAY NIGHT AT THE HALL",
            D(2026, 10, 9),
            "12:00",
            {
                "font": "sans",
                "broadcaster": "BBC Northern Ireland",
                "company": "Lagan Live",
                "date_text": "FRIDAY 9TH OCTOBER 2026",
                "time": "h24",
                "call_label": "CREW ON SITE",
                "tx": "20:00",
                "channel": "BBC One NI / iPlayer",
                "weather": "Cloudy, 12°C",
                "scanner": "OB 2",
                "set": "Main hall, balcony cameras",
                "parking": "Crew park in Linenhall St",
                "running": ["Cold open", "Host", "Act 1", "Act 2", "Guest chat", "Finale"],
                "contacts": [
                    "Producer: Ciara Doherty 07700 900318",
                    "OB Manager: Sean McCann 07700 900419",
                ],
            },
        ),
    ]


# --- stills: a photo-shoot call sheet, details at the left, a time-first timeline at the right --


def _stills(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    t = g["time"]
    outdoor = g.get("outdoor", False)
    rise, fall = p.sun(day)

    def make() -> bytes:
        c = Canvas("letter", g["font"])
        W = c.width
        c.text(40, 48, g["studio_co"], 8.5, bold=True)
        c.text(40, 60, g["kind"], 8.5)
        fit(c, 40, 92, title, 22, W - 80, bold=True)
        c.text(40, 110, f"Client: {g['client']}   ·   Photographer: {g['photographer']}", 8.5)
        c.hline(40, W - 40, 120, 1.2)
        # left: details, label above value
        y = 140.0
        details = [
            ("SHOOT DATE", [g["date_text"]]),
            (g["call_label"], [hm(call, t) + g["call_note"]]),
            ("LOCATION", [g["set"], p.name, p.street, p.city]),
            ("PARKING / LOAD-IN", [p.base_street, p.base_city]),
            (g["hosp_label"], [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
        ]
        if outdoor:
            details.insert(2, ("SUNRISE / SUNSET", [f"{hm(rise, t)} / {hm(fall, t)}"]))
        for label, lines in details:
            c.text(40, y, label, 7, bold=True)
            for n, line in enumerate(lines):
                size = 13 if label == g["call_label"] else 9.5
                c.text(40, y + 13 + 12 * n, line, size, bold=label == g["call_label"])
            y += 13 + 12 * len(lines) + 12
        # right: timeline, time first
        x = 320.0
        c.text(x, 140, "TIMELINE", 7, bold=True)
        yy = 154.0
        for off, what in g["timeline"]:
            hhmm = add_minutes(call, off)
            c.text(x, yy, hm(hhmm, t), 9, bold=off == 0)
            c.text(x + 58, yy, what, 9, bold=off == 0)
            yy += 13
        yy += 14
        c.text(x, yy, "TEAM", 7, bold=True)
        for line in g["team"]:
            yy += 12
            c.text(x, yy, line, 8.5)
        # looks table across the page
        y = max(y, yy) + 20
        c.text(40, y, "SHOT LIST / LOOKS", 10, bold=True)
        y += 6
        widths = [40.0, 180.0, 150.0, W - 80 - 370]
        c.grid(40, y, widths, [15.0] * (len(g["looks"]) + 1))
        for text, xx in [("LOOK", 44), ("PRODUCT", 84), ("MODEL / SET-UP", 264), ("USAGE", 414)]:
            c.text(xx, y + 11, text, 7.5, bold=True)
        for n, row in enumerate(g["looks"]):
            yy = y + 15 * (n + 1) + 11
            for text, xx in zip([str(n + 1), *row], [44, 84, 264, 414], strict=True):
                c.text(xx, yy, text, 8)
        y += 15 * (len(g["looks"]) + 1) + 22
        grey(c)
        c.text(40, y, g["footer"], 7)
        black(c)
        return c.output()

    sun = None if outdoor else NO_SUN
    return _sheet(
        f"stills_{key}",
        "stills_shoot",
        "photo shoot call sheet with looks",
        make,
        expect(p, title, day, call, g["set"], sun=sun),
    )


def _stills_sheets() -> list[Sheet]:
    footer = "No images may be posted to social media before the campaign launch. Thank you!"
    looks = [
        ("Linen overshirt, sand", "Maya - seamless white", "E-com + web"),
        ("Wide-leg trouser, navy", "Maya - seamless white", "E-com"),
        ("Knit polo, sage", "Theo - seamless white", "E-com"),
        ("Trench, stone", "Maya + Theo - set 2", "Campaign"),
        ("Slip dress, black", "Maya - set 2", "Campaign, OOH"),
    ]
    return [
        _stills(
            "pier59",
            "MERIDIAN SS27 LOOKBOOK",
            D(2026, 3, 24),
            "08:00",
            {
                "font": "helvetica",
                "studio_co": "Fold Creative Production",
                "kind": "PHOTO SHOOT CALL SHEET - DAY 1 OF 2",
                "client": "Meridian Apparel",
                "photographer": "Jonah Reyes",
                "date_text": "Tuesday, March 24, 2026",
                "time": "bare_a",
                "call_label": "CREW CALL",
                "call_note": "  (photo, lighting, digi-tech, styling)",
                # HARD: studio access and the lighting pre-light come before the crew call
                "timeline": [
                    (-60, "Studio access / pre-light (lighting team)"),
                    (0, "Crew call"),
                    (30, "Talent call - hair & make-up"),
                    (90, "First look on set"),
                    (240, "Lunch"),
                    (540, "Wrap"),
                ],
                "team": [
                    "Producer: Dana Lowe (917) 555-0148",
                    "Stylist: Rina Cho",
                    "HMU: Lex Marin",
                ],
                "set": "Studio 4 (cyc)",
                "hosp_label": "NEAREST ER",
                "looks": looks,
                "footer": footer,
            },
        ),
        _stills(
            "culver",
            "SOLSTICE SKINCARE - HERO STILLS",
            D(2026, 4, 23),
            "07:30",
            {
                "font": "sans",
                "studio_co": "Arroyo Stills LLC",
                "kind": "STILLS CALL SHEET",
                "client": "Solstice Skincare / agency: Bright Hour",
                "photographer": "Ana Villalobos",
                "date_text": "Thu 4/23/26",
                "time": "us_letter",
                "call_label": "CALL TIME (CREW)",
                "call_note": "",
                "timeline": [
                    (-30, "Load-in (grip truck, lot B)"),
                    (0, "Crew call"),
                    (60, "Talent call"),
                    (120, "First frame"),
                    (300, "Lunch"),
                    (570, "Wrap / load-out"),
                ],
                "team": ["Producer: Kim Baptiste (310) 555-0192", "Digi-tech: Sam Ortiz"],
                "set": "Stage 2",
                "hosp_label": "NEAREST HOSPITAL",
                "looks": looks[:3],
                "footer": footer,
            },
        ),
        _stills(
            "miami",
            "COASTLINE RESORT 2027",
            D(2026, 7, 16),
            "06:00",
            {
                "font": "times",
                "studio_co": "Palm & Prism Productions",
                "kind": "PHOTO SHOOT CALL SHEET",
                "client": "Coastline Resortwear",
                "photographer": "Iris Benoit",
                "date_text": "Thursday, July 16th, 2026",
                "time": "us",
                "call_label": "CREW CALL",
                "call_note": " (garden entrance)",
                "outdoor": True,
                "timeline": [
                    (0, "Crew call - golden hour set-up"),
                    (15, "Talent in hair & make-up"),
                    (60, "First frame"),
                    (240, "Lunch / heat break"),
                    (600, "Sunset set-up"),
                    (750, "Wrap"),
                ],
                "team": ["Producer: Luis Navarro (305) 555-0114", "Stylist: Bea Grant"],
                "set": "Japanese garden and lawn",
                "hosp_label": "NEAREST HOSPITAL (ER)",
                "looks": looks[2:],
                "footer": footer,
            },
        ),
    ]


# --- performance capture stage: stage open, suit-up, calibration / ROM, first capture ----------


def _mocap(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    t = g["time"]

    def make() -> bytes:
        c = Canvas(g["page"], "helvetica", "L")
        W = c.width
        c.text(30, 36, g["company"], 9, bold=True)
        c.text(30, 54, f"{title}  -  {g['kind']}", 15, bold=True)
        c.text(30, 67, g["sub"], 8.5)
        c.right(W - 30, 36, "STAGE CALL SHEET", 11, bold=True)
        c.right(W - 30, 50, g["date_text"], 10, bold=True)
        c.right(W - 30, 64, g["day_of"], 8.5)
        c.hline(30, W - 30, 74, 1)
        # three columns: SCHEDULE | STAGE | PERFORMERS
        col = (W - 60) / 3
        y = 92.0
        c.text(30, y, "SCHEDULE", 9, bold=True)
        rows = [
            ("Stage open / systems up (tech)", add_minutes(call, -60), False),
            (g["call_label"], call, True),
            ("Performer call / suit-up & marker", add_minutes(call, 30), False),
            ("Volume calibration (wand)", add_minutes(call, 45), False),
            ("ROM - range of motion", add_minutes(call, 75), False),
            ("First capture", add_minutes(call, 105), False),
            ("Lunch", add_minutes(call, 300), False),
            ("Est. wrap", add_minutes(call, 600), False),
        ]
        yy = y
        for label, hhmm, bold in rows:
            yy += 14
            fit(c, 30, yy, label, 8.5, col - 60, bold=bold)
            c.right(30 + col - 10, yy, hm(hhmm, t), 9, bold=bold)
        x = 30 + col
        c.vline(x - 4, 84, yy + 6)
        c.text(x + 4, y, "STAGE / LOCATION", 9, bold=True)
        lines = [g["set"], p.name, p.street, p.city]
        for n, line in enumerate(lines):
            fit(c, x + 4, y + 14 + 12 * n, line, 9, col - 12, bold=n == 0)
        yh = y + 14 + 12 * len(lines) + 12
        c.text(x + 4, yh, "CREW PARKING", 9, bold=True)
        fit(c, x + 4, yh + 13, p.base, 8.5, col - 12)
        yh += 36
        c.text(x + 4, yh, "NEAREST HOSPITAL", 9, bold=True)
        for n, line in enumerate([p.hospital, p.hospital_address, p.hospital_phone]):
            fit(c, x + 4, yh + 13 + 12 * n, line, 8.5, col - 12)
        x2 = 30 + 2 * col
        c.vline(x2 - 4, 84, yy + 6)
        c.text(x2 + 4, y, "PERFORMERS", 9, bold=True)
        for n, (name, role) in enumerate(g["performers"]):
            hhmm = add_minutes(call, 30 + 15 * n)
            c.text(x2 + 4, y + 14 + 12 * n, f"{name} ({role})", 8.5)
            c.right(W - 30, y + 14 + 12 * n, hm(hhmm, t), 8.5)
        c.text(x2 + 4, y + 90, "Stage notes:", 8.5, bold=True)
        for n, line in enumerate(g["notes"]):
            fit(c, x2 + 4, y + 102 + 11 * n, line, 8, col - 12)
        y = max(yy, yh + 50) + 24
        c.text(30, y, "SHOT LIST / CAPTURES", 9, bold=True)
        widths = [50.0, 260.0, 110.0, 80.0, W - 60 - 500]
        c.grid(30, y + 5, widths, [14.0] * (len(g["shots"]) + 1))
        for text, xx in [
            ("#", 34),
            ("ACTION", 84),
            ("PERFORMERS", 344),
            ("PROPS", 454),
            ("NOTES", 534),
        ]:
            c.text(xx, y + 15, text, 7.5, bold=True)
        for n, row in enumerate(g["shots"]):
            for text, xx in zip(row, [34, 84, 344, 454, 534], strict=True):
                c.text(xx, y + 15 + 14 * (n + 1), text, 8)
        return c.output()

    return _sheet(
        f"mocap_{key}",
        "mocap_stage",
        "performance capture stage call sheet (landscape)",
        make,
        expect(p, title, day, call, g["set"], sun=NO_SUN),
    )


def _mocap_sheets() -> list[Sheet]:
    shots = [
        ("C014", "Vault over crate, land, draw weapon", "Kai", "crate, prop rifle", "3 passes"),
        ("C015", "Two-hander dialogue, walk & talk", "Kai, Mira", "-", "HMC on"),
        ("C016", "Fight beat 4 (stunt)", "Stunt 1, Stunt 2", "pads", "safety on"),
    ]
    return [
        _mocap(
            "pinewood",
            "IRONFALL",
            D(2026, 2, 10),
            "08:00",
            {
                "page": "A4",
                "company": "Redshift Interactive Ltd",
                "kind": "cinematics block 3",
                "sub": "Performance capture · body + head-mounted cameras",
                "date_text": "Tuesday 10 February 2026",
                "day_of": "Capture day 7 of 15",
                "time": "h24",
                "call_label": "CREW CALL",
                # HARD: the stage opens (tech) an hour before the crew call
                "set": "Capture volume (Stage V)",
                "performers": [
                    ("Kai Brennan", "Kade"),
                    ("Mira Osei", "Vessa"),
                    ("Stunt 1", "Guard"),
                ],
                "notes": [
                    "No outdoor shoes on the volume floor",
                    "Closed set: NDA signed at security",
                ],
                "shots": shots,
            },
        ),
        _mocap(
            "montreal",
            "LES VEILLEURS",
            D(2026, 6, 9),
            "07:30",
            {
                "page": "letter",
                "company": "Studio Nordet inc.",
                "kind": "capture de performance",
                "sub": "Performance capture / capture de mouvement · jeu vidéo",
                "date_text": "mardi 9 juin 2026",
                "day_of": "Jour de capture 4 de 10",
                "time": "qc",
                "call_label": "APPEL ÉQUIPE / CREW CALL",
                "set": "Volume A",
                "performers": [("Léa Tremblay", "Aube"), ("Marc Gagnon", "Le Veilleur")],
                "notes": [
                    "Casque HMC: calibration 15 min par acteur",
                    "Bottes de plateau fournies",
                ],
                "shots": shots[:2],
            },
        ),
        _mocap(
            "trilith",
            "DEEP ORBIT",
            D(2026, 11, 5),
            "07:00",
            {
                "page": "letter",
                "company": "Parallax Games",
                "kind": "virtual production / mocap",
                "sub": "Full performance capture, VCam session in the afternoon",
                "date_text": "Thu, Nov 5, 2026",
                "day_of": "Day 2 of 6",
                "time": "us",
                "call_label": "GENERAL CREW CALL",
                "set": "Mocap volume, Stage 18",
                "performers": [
                    ("Dre Coleman", "Cmdr. Hale"),
                    ("Tess Park", "Juno"),
                    ("Stunt 1", "Drone"),
                ],
                "notes": ["Suit sizes confirmed with wardrobe", "VCam operator call 12:30 PM"],
                "shots": shots,
            },
        ),
    ]


# --- Romania: plan de filmare zilnic, the day's facts in a band at the foot of the page ---------


def _ro_date(d: D, style: str) -> str:
    if style == "long":
        return f"{RO_WD[d.weekday()]}, {d.day} {RO_MON[d.month - 1]} {d.year}"
    return f"{d:%d.%m.%Y} ({RO_WD[d.weekday()]})"


def _ro(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W, H = c.width, float(c.pdf.h)
        c.text(32, 40, g["company"], 9, bold=True)
        c.right(W - 32, 40, f"PLAN DE FILMARE ZILNIC nr. {g['no']}", 10, bold=True)
        centre(c, 70, title, 18)
        centre(c, 85, g["sub"], 8.5, bold=False)
        # scenes and cast take the top of the page
        y = 108.0
        widths = [40.0, 250.0, 50.0, 50.0, W - 64 - 390]
        heads = ["SC.", "DECOR / ACȚIUNE", "Z/N", "PAG.", "PERSONAJE"]
        c.grid(32, y, widths, [15.0] * (len(g["scenes"]) + 1))
        xs = [36.0]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)
        for text, xx in zip(heads, xs, strict=True):
            c.text(xx, y + 11, text, 7.5, bold=True)
        for n, row in enumerate(g["scenes"]):
            for text, xx in zip(row, xs, strict=True):
                fit(c, xx, y + 11 + 15 * (n + 1), text, 8, 240)
        y += 15 * (len(g["scenes"]) + 1) + 22
        c.text(32, y, "DISTRIBUȚIE", 10, bold=True)
        for text, x in [("PRELUARE", 260), ("MACHIAJ", 340), ("PE PLATOU", 430)]:
            c.text(x, y, text, 8, bold=True)
        c.hline(32, W - 32, y + 3)
        for n, name in enumerate(g["cast"]):
            y += 13
            c.text(36, y, name, 8.5)
            for k, x in enumerate([260, 340, 430]):
                c.text(x, y, hm(add_minutes(call, -50 + 10 * n + 40 * k), "h24"), 8.5)
        y += 22
        c.text(32, y, "RECUZITĂ / COSTUME / NOTE", 10, bold=True)
        c.hline(32, W - 32, y + 3)
        for line in g["notes"]:
            y += 13
            c.text(36, y, line, 8.5)
        # HARD: the day's facts are at the foot of the page, in a ruled band under everything
        band = H - 250
        fill(c, 32, band - 16, W - 64, 14, 225)
        c.text(36, band - 5, "INFORMAȚII ZI DE FILMARE", 8.5, bold=True)
        cw = (W - 64) / 4
        c.grid(32, band, [cw] * 4, [42.0, 90.0])
        top = [
            ("DATA FILMĂRII", [_ro_date(day, g["date"])]),
            ("ZI DE FILMARE", [g["day_of"]]),
            (g["call_label"], [hm(call, t), g["call_note"]]),
            ("RĂSĂRIT / APUS", [f"{hm(rise, 'h24')} / {hm(fall, 'h24')}"]),
        ]
        for k, (label, lines) in enumerate(top):
            cell(c, 32 + k * cw, band, cw, label, lines, size=9.5)
        bottom = [
            ("LOCAȚIE", [g["set"], p.name, p.street, p.city]),
            ("BAZĂ / PARCARE", [p.base_street, p.base_city]),
            (
                "CEL MAI APROPIAT SPITAL (UPU)",
                [p.hospital, p.hospital_street, p.hospital_city, f"Tel. {p.hospital_phone}"],
            ),
            (
                "PROGRAM",
                [
                    f"Machiaj: {hm(add_minutes(call, -45), t)}",
                    f"Prima dublă: {hm(add_minutes(call, 60), t)}",
                    f"Masa: {hm(add_minutes(call, 330), t)}",
                    f"Final: {hm(add_minutes(call, 600), t)}",
                ],
            ),
        ]
        for k, (label, lines) in enumerate(bottom):
            cell(c, 32 + k * cw, band + 42, cw, label, lines, size=8.5, lead=10.5)
        grey(c)
        c.text(32, band + 150, "Urgențe: 112  ·  " + g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"ro_{key}",
        "ro_plan_filmare",
        "Romanian daily plan, facts in a band at the foot",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ro_sheets() -> list[Sheet]:
    footer = "Planul poate suferi modificări; versiunea trimisă ultima este cea valabilă."
    return [
        _ro(
            "bucuresti",
            "PALATUL",
            D(2026, 4, 14),
            "07:00",
            {
                "font": "helvetica",
                "company": "Carpați Film Production SRL",
                "no": "8",
                "sub": "Lungmetraj · Regia: Ioana Munteanu",
                "date": "long",
                "day_of": "8 din 30",
                "time": "ro",
                "call_label": "CHEMARE ECHIPĂ",
                "call_note": "(la locație)",
                "set": "Sala Unirii",
                "scenes": [
                    ("41", "INT. SALA UNIRII - recepția oficială", "Z", "1 4/8", "1, 2, 5"),
                    ("42", "INT. CULOAR - Andrei fuge", "Z", "3/8", "2"),
                    ("47", "INT. SALA UNIRII - după recepție", "Z", "6/8", "1"),
                ],
                "cast": ["1. Elena - Ana Popescu", "2. Andrei - Radu Ionescu", "5. Ministrul"],
                "notes": ["Figuranți: 40 (ținută de seară)", "Acces doar cu legitimație, poarta B"],
                "footer": footer,
            },
        ),
        _ro(
            "cluj",
            "CORTINA",
            D(2026, 6, 18),
            "08:30",
            {
                "font": "times",
                "company": "Transilvania Pictures",
                "no": "15",
                "sub": "Serial TV · Episodul 4",
                "date": "dots",
                "day_of": "15 / 24",
                "time": "h24",
                "call_label": "ORA DE ÎNTÂLNIRE ECHIPĂ",
                "call_note": "intrarea artiștilor",
                "set": "Scena mare și culise",
                "scenes": [
                    ("12", "INT. SCENA MARE - repetiție", "Z", "2", "1, 3, 4"),
                    ("13", "INT. CULISE - cearta", "Z", "1 1/8", "3, 4"),
                ],
                "cast": ["1. Maria", "3. Dan", "4. Sorina"],
                "notes": ["Orchestră: playback de pe boxe", "Fără fum în sală"],
                "footer": footer,
            },
        ),
        _ro(
            "sibiu",
            "IARNA LUI ANDREI",
            D(2026, 10, 13),
            "06:30",
            {
                "font": "sans",
                "company": "Cibin Film",
                "no": "3",
                "sub": "Lungmetraj · Regia: Mihai Stan",
                "date": "long",
                "day_of": "3 din 18",
                "time": "dot",
                "call_label": "CONVOCARE ECHIPĂ TEHNICĂ",
                "call_note": "(Piața Mare)",
                "set": "Piața Mare, fațada Casei Albastre",
                "scenes": [
                    ("3", "EXT. PIAȚA MARE - zori, Andrei sosește", "Z", "4/8", "1"),
                    ("4", "EXT. PIAȚA MARE - târgul", "Z", "2 2/8", "1, 2, 6"),
                ],
                "cast": ["1. Andrei - Vlad Petrescu", "2. Irina - Oana Dobre", "6. Negustorul"],
                "notes": ["Tarabe de târg: recuzita din 05:30", "Circulație oprită 07:00-16:00"],
                "footer": footer,
            },
        ),
    ]


# --- near misses ------------------------------------------------------------------------------


def _insurance_claim() -> bytes:
    """A production insurance incident report: a date, a time, the studio, the ER; no call."""
    c = Canvas("letter", "helvetica")
    c.text(40, 48, "PRODUCTION PACKAGE POLICY - INCIDENT / CLAIM REPORT", 13, bold=True)
    c.text(40, 64, "Insurer: Hudson Mutual Entertainment · Policy EPP-2026-44817", 9)
    c.right(572, 48, "Claim #: HM-26-03311", 9, bold=True)
    rows = [
        ("Insured / production", "Fold Creative Production - MERIDIAN SS27 LOOKBOOK"),
        ("Date of incident", "Tuesday, March 24, 2026"),
        ("Time of incident", "approx. 2:40 PM"),
        ("Location of incident", "Pier 59 Studios, Chelsea Piers, Pier 59, New York, NY 10011"),
        ("Injured party", "Lighting assistant (crew), age 29"),
        ("Description", "C-stand tipped while moving a 4x4 floppy; cut to left forearm."),
        ("Treatment", "First aid on set; taken by taxi to Lenox Health Greenwich Village ER"),
        ("", "30 7th Ave, New York, NY 10011 - treated and released 5:15 PM"),
        ("Equipment damage", "1x Arri SkyPanel S60 lens cracked (rental, Ref. R-7781)"),
        ("Witnesses", "Key grip, digi-tech (statements attached)"),
        ("Reported by", "Dana Lowe, Producer, (917) 555-0148 - reported 3/25/2026 9:10 AM"),
    ]
    y = 96.0
    for label, value in rows:
        c.text(40, y, label, 9, bold=True)
        c.text(190, y, value, 9)
        y += 17
    y += 16
    c.text(40, y, "Estimated loss: $2,350.00 (equipment)  ·  Deductible: $1,000.00", 9.5, bold=True)
    y += 40
    c.text(40, y, "Signature of insured: ____________________   Date: __________", 9)
    return c.output()


def _equipment_return() -> bytes:
    """An equipment return checklist from a rental house: dates, a return time, an address."""
    c = Canvas("A4", "sans")
    c.text(40, 48, "Ljósvaki Tækjaleiga ehf. - SKILALISTI / RETURN CHECKLIST", 12, bold=True)
    c.text(40, 64, "Skeifan 11, 108 Reykjavík · sími 555 0101", 8.5)
    rows = [
        ("Verkefni / Project", "NORÐURLJÓS (Hafgola kvikmyndir ehf.)"),
        ("Leigutímabil / Rental", "mán. 16.03.2026 - fös. 20.03.2026"),
        ("Skil / Return due", "föstudagur 20. mars 2026 kl. 18:00 (eftir tökulok)"),
        ("Skilastaður / Return to", "Skeifan 11, 108 Reykjavík - hleðsludyr"),
        ("Sótt frá / Collected from", "Harpa, Austurbakki 2, 101 Reykjavík"),
    ]
    y = 94.0
    for label, value in rows:
        c.text(40, y, label, 9, bold=True)
        c.text(210, y, value, 9)
        y += 15
    y += 14
    for text, x in [("☐", 40), ("TÆKI / ITEM", 60), ("FJ. / QTY", 330), ("ATHUGASEMD / NOTE", 400)]:
        c.text(x, y, text, 8.5, bold=True)
    c.hline(40, 555, y + 3)
    for item, qty, note in [
        ("ARRI Alexa 35 body + 2 batteries", "1", ""),
        ("Cooke S7/i lens set (6)", "1", "caps on"),
        ("SkyPanel S60-C", "4", "1 diffuser missing?"),
        ("Combo stand", "8", ""),
        ("Sandbags 15 kg", "20", ""),
        ("Honda EU70i generator", "1", "return fuelled"),
    ]:
        y += 15
        c.text(40, y, "☐", 9)
        c.text(60, y, item, 9)
        c.text(330, y, qty, 9)
        c.text(400, y, note, 9)
    y += 36
    c.text(40, y, "Móttekið af / Received by: ______________   Dags./kl.: ______________", 9)
    return c.output()


def _callbacks() -> bytes:
    """An Argentine casting callback list: date, address, slots in "hs"; no crew, no set."""
    c = Canvas("A4", "helvetica")
    c.text(40, 50, "LA CASA DEL RÍO - CASTING", 13, bold=True)
    c.text(40, 66, "CALLBACKS / SEGUNDA CITACIÓN DE CASTING", 10, bold=True)
    c.right(555, 50, "Pampa Sur Cine S.R.L.", 9)
    lines = [
        "Fecha: jueves 19 de febrero de 2026",
        "Lugar: Estudio de casting Valdés, Gurruchaga 1450, C1414DIF CABA (timbre 3)",
        "Traer: monólogo breve y la escena 44 impresa. Puntualidad: llegar 10 min antes.",
    ]
    y = 96.0
    for line in lines:
        c.text(40, y, line, 9.5)
        y += 15
    y += 12
    for text, x in [
        ("HORARIO", 40),
        ("PERSONAJE", 120),
        ("ACTOR / ACTRIZ", 260),
        ("REPRESENTANTE", 420),
    ]:
        c.text(x, y, text, 8.5, bold=True)
    c.hline(40, 555, y + 3)
    for slot, role, actor, agent in [
        ("10:00 hs", "Clara", "Valentina Ruiz", "Agencia Sur"),
        ("10:20 hs", "Clara", "Julieta Méndez", "-"),
        ("10:40 hs", "Clara", "Paula Giménez", "Talentos BA"),
        ("11:30 hs", "Tomás", "Nicolás Ibarra", "Agencia Sur"),
        ("11:50 hs", "Tomás", "Federico Luna", "-"),
        ("14:00 hs", "Doña Elsa", "Mirta Sosa", "Talentos BA"),
    ]:
        y += 15
        for text, x in zip([slot, role, actor, agent], [40, 120, 260, 420], strict=True):
            c.text(x, y, text, 9)
    y += 30
    c.text(40, y, "Directora de casting: Romina Paz · (011) 15-5555-0132", 9)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "other_insurance_claim",
            "near_miss",
            "production insurance incident report",
            _insurance_claim,
            OTHER,
        ),
        _sheet(
            "other_equipment_return",
            "near_miss",
            "equipment return checklist",
            _equipment_return,
            OTHER,
        ),
        _sheet("other_callbacks", "near_miss", "casting callback list", _callbacks, OTHER),
    ]


def sheets() -> list[Sheet]:
    return [
        *_gr_sheets(),
        *_ar_sheets(),
        *_is_sheets(),
        *_ob_sheets(),
        *_stills_sheets(),
        *_mocap_sheets(),
        *_ro_sheets(),
        *_other_sheets(),
    ]
