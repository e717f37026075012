"""Eleventh held-out set: conventions no earlier set covers (`fresh10_`).

Built without reading the reader (`pipeline/extract/`): each family follows a documented
real-world convention (CONVENTIONS.md, "fresh10"). A French "feuille de service" with RDV /
HMC / PAT in a ruled table under three header boxes, a Catalan "ordre de rodatge" typed as
two columns of "label: value" lines, a Welsh / English bilingual S4C-style drama sheet with a
right-hand rail, a Vietnamese "lịch quay" in a ruled grid with labels above values, a
Philippine "taping call sheet" on a wide landscape legal page, a US indie sheet on legal paper
with a black header band and two locations (primary first) and its crew list on the back,
and a call-sheet app's web view printed from a phone (one tall narrow page of cards). Three
near misses (a French municipal filming permit, a production petty-cash report, a Welsh
location risk assessment) must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey, measure
from tests.corpus.formats import add_minutes, date_text
from tests.corpus.fresh_common import clock, expect, sheet_maker, time_or
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, cell, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # France
    "lyon": _p(
        "eu",
        "Théâtre des Célestins",
        "4 Rue Charles Dullin",
        "69002 Lyon",
        45.7603,
        4.8322,
        "Europe/Paris",
        "Hôpital Édouard Herriot",
        "5 Place d'Arsonval",
        "69003 Lyon",
        "+33 4 72 11 73 11",
        "Quai Saint-Antoine",
        "69002 Lyon",
    ),
    "marseille": _p(
        "eu",
        "Palais du Pharo",
        "58 Boulevard Charles Livon",
        "13007 Marseille",
        43.2925,
        5.3610,
        "Europe/Paris",
        "Hôpital de la Timone",
        "264 Rue Saint-Pierre",
        "13005 Marseille",
        "+33 4 91 38 60 00",
        "Parking du Pharo, Boulevard Charles Livon",
        "13007 Marseille",
    ),
    "nantes": _p(
        "eu",
        "Château des ducs de Bretagne",
        "4 Place Marc Elder",
        "44000 Nantes",
        47.2160,
        -1.5495,
        "Europe/Paris",
        "CHU de Nantes - Hôtel-Dieu",
        "1 Place Alexis-Ricordeau",
        "44000 Nantes",
        "+33 2 40 08 33 33",
        "Cours Saint-Pierre",
        "44000 Nantes",
    ),
    # Catalonia
    "barcelona": _p(
        "eu",
        "Mercat de Santa Caterina",
        "Av. de Francesc Cambó, 16",
        "08003 Barcelona",
        41.3863,
        2.1780,
        "Europe/Madrid",
        "Hospital del Mar",
        "Pg. Marítim de la Barceloneta, 25-29",
        "08003 Barcelona",
        "+34 932 48 30 00",
        "Pg. de Lluís Companys",
        "08003 Barcelona",
    ),
    "girona": _p(
        "eu",
        "Catedral de Girona",
        "Plaça de la Catedral, s/n",
        "17004 Girona",
        41.9875,
        2.8260,
        "Europe/Madrid",
        "Hospital Universitari Doctor Josep Trueta",
        "Av. de França, s/n",
        "17007 Girona",
        "+34 972 94 02 00",
        "Pg. de la Devesa",
        "17001 Girona",
    ),
    "tarragona": _p(
        "eu",
        "Amfiteatre de Tarragona",
        "Parc de l'Amfiteatre Romà, s/n",
        "43003 Tarragona",
        41.1147,
        1.2595,
        "Europe/Madrid",
        "Hospital Universitari Joan XXIII",
        "C/ del Dr. Mallafrè Guasch, 4",
        "43005 Tarragona",
        "+34 977 29 58 00",
        "Pg. Marítim Rafael Casanova",
        "43007 Tarragona",
    ),
    # Wales
    "cardiff": _p(
        "uk",
        "Cardiff Castle",
        "Castle St",
        "Cardiff CF10 3RB",
        51.4822,
        -3.1812,
        "Europe/London",
        "University Hospital of Wales",
        "Heath Park",
        "Cardiff CF14 4XW",
        "029 2074 7747",
        "Sophia Gardens car park, Cathedral Rd",
        "Cardiff CF11 9XR",
    ),
    "caernarfon": _p(
        "uk",
        "Caernarfon Castle",
        "Castle Ditch",
        "Caernarfon LL55 2AY",
        53.1393,
        -4.2769,
        "Europe/London",
        "Ysbyty Gwynedd",
        "Penrhosgarnedd",
        "Bangor LL57 2PW",
        "01248 384384",
        "Doc Victoria car park, Balaclava Rd",
        "Caernarfon LL55 1SQ",
    ),
    "swansea": _p(
        "uk",
        "National Waterfront Museum",
        "Oystermouth Rd",
        "Swansea SA1 3RD",
        51.6170,
        -3.9390,
        "Europe/London",
        "Morriston Hospital",
        "Heol Maes Eglwys, Morriston",
        "Swansea SA6 6NL",
        "01792 702222",
        "Swansea Marina car park, Trawler Rd",
        "Swansea SA1 1UN",
    ),
    # Vietnam
    "saigon": _p(
        "eu",
        "Bưu điện Trung tâm Sài Gòn",
        "2 Công xã Paris",
        "Bến Nghé, Quận 1, TP. Hồ Chí Minh",
        10.7799,
        106.6999,
        "Asia/Ho_Chi_Minh",
        "Bệnh viện Chợ Rẫy",
        "201B Nguyễn Chí Thanh, Phường 12, Quận 5",
        "TP. Hồ Chí Minh",
        "028 3855 4137",
        "Công viên 30/4, Lê Duẩn",
        "Bến Nghé, Quận 1, TP. Hồ Chí Minh",
    ),
    "hanoi": _p(
        "eu",
        "Nhà hát Lớn Hà Nội",
        "1 Tràng Tiền",
        "Phan Chu Trinh, Hoàn Kiếm, Hà Nội",
        21.0245,
        105.8575,
        "Asia/Ho_Chi_Minh",
        "Bệnh viện Hữu nghị Việt Đức",
        "40 Tràng Thi",
        "Hàng Bông, Hoàn Kiếm, Hà Nội",
        "024 3825 3531",
        "Bãi xe Lý Thái Tổ, 10 Lý Thái Tổ",
        "Hoàn Kiếm, Hà Nội",
    ),
    "danang": _p(
        "eu",
        "Bảo tàng Điêu khắc Chăm",
        "2 Đường 2 Tháng 9",
        "Bình Hiên, Hải Châu, Đà Nẵng",
        16.0604,
        108.2234,
        "Asia/Ho_Chi_Minh",
        "Bệnh viện Đà Nẵng",
        "124 Hải Phòng",
        "Thạch Thang, Hải Châu, Đà Nẵng",
        "0236 3821 118",
        "Bãi xe Công viên APEC, Trần Phú",
        "Bình Hiên, Hải Châu, Đà Nẵng",
    ),
    # Philippines
    "quezon": _p(
        "us",
        "Quezon Memorial Circle",
        "Elliptical Rd",
        "Diliman, Quezon City, 1101 Metro Manila",
        14.6515,
        121.0493,
        "Asia/Manila",
        "St. Luke's Medical Center Quezon City",
        "279 E Rodriguez Sr. Ave",
        "Quezon City, 1112 Metro Manila",
        "(02) 8723 0101",
        "Maharlika St",
        "Diliman, Quezon City, 1100 Metro Manila",
    ),
    "intramuros": _p(
        "us",
        "Fort Santiago",
        "Santa Clara St",
        "Intramuros, Manila, 1002 Metro Manila",
        14.5950,
        120.9700,
        "Asia/Manila",
        "Philippine General Hospital",
        "Taft Ave",
        "Ermita, Manila, 1000 Metro Manila",
        "(02) 8554 8400",
        "Bastion de San Diego lot, Muralla St",
        "Intramuros, Manila, 1002 Metro Manila",
    ),
    "cebu": _p(
        "us",
        "Casa Gorordo Museum",
        "35 Eduardo Aboitiz St",
        "Cebu City, 6000 Cebu",
        10.2990,
        123.9040,
        "Asia/Manila",
        "Chong Hua Hospital",
        "Don Mariano Cui St",
        "Cebu City, 6000 Cebu",
        "(032) 255 8000",
        "Plaza Independencia",
        "Cebu City, 6000 Cebu",
    ),
    # United States (legal paper)
    "savannah": _p(
        "us",
        "Mercer Williams House",
        "429 Bull St",
        "Savannah, GA 31401",
        32.0720,
        -81.0950,
        "America/New_York",
        "Memorial Health University Medical Center",
        "4700 Waters Ave",
        "Savannah, GA 31404",
        "(912) 350-8000",
        "Civic Center lot, 301 W Oglethorpe Ave",
        "Savannah, GA 31401",
    ),
    "pittsburgh": _p(
        "us",
        "The Frick Pittsburgh",
        "7227 Reynolds St",
        "Pittsburgh, PA 15208",
        40.4470,
        -79.9020,
        "America/New_York",
        "UPMC Shadyside",
        "5230 Centre Ave",
        "Pittsburgh, PA 15232",
        "(412) 623-2121",
        "Frick Park lot, 7400 Reynolds St",
        "Pittsburgh, PA 15208",
    ),
    "portland": _p(
        "us",
        "Pittock Mansion",
        "3229 NW Pittock Dr",
        "Portland, OR 97210",
        45.5252,
        -122.7163,
        "America/Los_Angeles",
        "Legacy Good Samaritan Medical Center",
        "1015 NW 22nd Ave",
        "Portland, OR 97210",
        "(503) 413-7711",
        "Macleay Park lot, 2960 NW Upshur St",
        "Portland, OR 97210",
    ),
    # phone prints
    "auckland": _p(
        "us",
        "Auckland Town Hall",
        "301-305 Queen St",
        "Auckland Central, Auckland 1010",
        -36.8530,
        174.7640,
        "Pacific/Auckland",
        "Auckland City Hospital",
        "2 Park Rd",
        "Grafton, Auckland 1023",
        "09 367 0000",
        "Aotea Square car park, Greys Ave",
        "Auckland Central, Auckland 1010",
    ),
    "capetown": _p(
        "us",
        "Cape Town City Hall",
        "Darling St",
        "Cape Town City Centre, Cape Town, 8001",
        -33.9255,
        18.4240,
        "Africa/Johannesburg",
        "Groote Schuur Hospital",
        "Main Rd, Observatory",
        "Cape Town, 7925",
        "021 404 9111",
        "Grand Parade, Buitenkant St",
        "Cape Town City Centre, Cape Town, 8001",
    ),
    "chicago": _p(
        "us",
        "Chicago Cultural Center",
        "78 E Washington St",
        "Chicago, IL 60602",
        41.8837,
        -87.6249,
        "America/Chicago",
        "Northwestern Memorial Hospital",
        "251 E Huron St",
        "Chicago, IL 60611",
        "(312) 926-2000",
        "Millennium Park Garage, 5 S Columbus Dr",
        "Chicago, IL 60603",
    ),
}

# second sets of the legal-paper sheets (a company move): printed, never expected
SECOND = {
    "savannah": ("Forsyth Park Fountain", "Whitaker St & W Gaston St", "Savannah, GA 31401"),
    "pittsburgh": ("Frick Park Blue Slide Playground", "Beechwood Blvd", "Pittsburgh, PA 15217"),
    "portland": ("Lower Macleay Trailhead", "2960 NW Upshur St", "Portland, OR 97210"),
}

FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
CA_WD = ["dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"]
CA_MON = [
    "gener",
    "febrer",
    "març",
    "abril",
    "maig",
    "juny",
    "juliol",
    "agost",
    "setembre",
    "octubre",
    "novembre",
    "desembre",
]
CY_WD = [
    "Dydd Llun",
    "Dydd Mawrth",
    "Dydd Mercher",
    "Dydd Iau",
    "Dydd Gwener",
    "Dydd Sadwrn",
    "Dydd Sul",
]
CY_MON = [
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
]
VI_WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the French, Catalan, Welsh and Filipino ones."""
    h, m, h12, _ = clock(hhmm)
    forms = {
        "fr": f"{h}h{m:02d}",  # "7h30"
        "cat": f"{h}.{m:02d} h",  # "7.30 h"
        "cat24": f"{h:02d}:{m:02d} h",  # "07:30 h"
        "cy": f"{h12}.{m:02d}{'yb' if h < 12 else 'yh'}",  # "7.30yb" (y bore / y prynhawn)
        "vi": f"{h}h{m:02d}",  # "6h00"
        "ph": f"{h12}{f':{m:02d}' if m else ''}{'AM' if h < 12 else 'PM'}",  # "5AM", "5:30AM"
    }
    return time_or(forms, hhmm, style)


_sheet = sheet_maker("fresh10")


def _band(c: Canvas, x: float, y: float, w: float, h: float, level: int = 0) -> None:
    """A filled band (black or grey) that white text is printed on."""
    c.pdf.set_fill_color(level, level, level)
    c.pdf.rect(x, y, w, h, style="F")


def _white(c: Canvas) -> None:
    c.pdf.set_text_color(255, 255, 255)


# --- France: feuille de service, three header boxes, a ruled HORAIRES table (RDV / HMC / PAT) --


def _fr_date(d: D, style: str) -> str:
    if style == "long":
        return f"{FR_WD[d.weekday()]} {d.day} {FR_MON[d.month - 1]} {d.year}"  # jeudi 14 mai 2026
    if style == "short":
        return f"{FR_WD[d.weekday()][:3].capitalize()}. {d:%d/%m/%Y}"  # "Mar. 17/03/2026"
    return f"le {FR_WD[d.weekday()]} {d.day} {FR_MON[d.month - 1]} {d.year}"


def _fr(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        # three boxes across the top
        c.box(30, 28, 180, 84)
        c.box(210, 28, 175, 84)
        c.box(385, 28, W - 415, 84)
        c.text(36, 42, g["company"], 8.5, bold=True)
        c.text(36, 53, "présente", 7.5)
        fit(c, 36, 72, title, 15, 168, bold=True)
        c.text(36, 86, f"Réalisation : {g['director']}", 7.5)
        c.text(36, 96, f"1er assistant : {g['ad']}", 7.5)
        c.text(36, 106, f"Régie : {g['regie']}", 7.5)
        centre_x = 297.5
        for y, text, size in [
            (46, "FEUILLE DE SERVICE", 11),
            (62, f"N° {g['no']}", 10),
            (78, g["jour"], 10),
        ]:
            c.text(centre_x - measure(c, text, size, bold=True) / 2, y, text, size, bold=True)
        if g.get("pat_box"):
            # HARD: the header box shows the PAT large; the crew's RDV is only in the table
            text = f"PAT {hm(add_minutes(call, 60), t)}"
            c.text(centre_x - measure(c, text, 14, bold=True) / 2, 102, text, 14, bold=True)
        else:
            text = f"RDV équipe : {hm(call, t)}"
            c.text(centre_x - measure(c, text, 12, bold=True) / 2, 102, text, 12, bold=True)
        c.text(391, 44, _fr_date(day, g["date"]), 9, bold=True)
        c.text(391, 60, f"Lever du soleil : {hm(rise, t)}", 8)
        c.text(391, 72, f"Coucher du soleil : {hm(fall, t)}", 8)
        c.text(391, 84, f"Météo : {g['meteo']}", 8)
        c.text(391, 96, f"Envoyée le {g['sent']}", 7)
        # HORAIRES: a ruled table POSTE / HORAIRE / LIEU
        y = 130.0
        c.text(30, y, "HORAIRES", 10, bold=True)
        rows = [
            (g["rdv_label"], call, "Décor"),
            *[(label, add_minutes(call, off), where) for label, off, where in g["horaires"]],
        ]
        rows.sort(key=lambda r: r[1])
        widths = [260.0, 80.0, W - 60 - 340]
        c.grid(30, y + 6, widths, [16.0] * (len(rows) + 1))
        for text, x in [("POSTE", 34), ("HORAIRE", 294), ("LIEU", 374)]:
            c.text(x, y + 18, text, 7.5, bold=True)
        yy = y + 18
        for label, hhmm, where in rows:
            yy += 16
            bold = label == g["rdv_label"]
            c.text(34, yy, label, 8.5, bold=bold)
            c.text(294, yy, hm(hhmm, t), 8.5, bold=bold)
            c.text(374, yy, where, 8.5)
        # places: a 2 x 2 ruled grid, label above value
        y = yy + 22
        half = (W - 60) / 2
        c.grid(30, y, [half, half], [74.0, 74.0])
        cell(c, 30, y, half, "DÉCOR", [g["decor"], p.name, p.street, p.city])
        cell(
            c,
            30 + half,
            y,
            half,
            "RÉGIE - LOGES - CANTINE - PARKING",
            [p.base_street, p.base_city, g["parking"]],
        )
        cell(
            c,
            30,
            y + 74,
            half,
            "HÔPITAL LE PLUS PROCHE (URGENCES)",
            [p.hospital, p.hospital_street, p.hospital_city, f"Tél. {p.hospital_phone}"],
        )
        cell(
            c,
            30 + half,
            y + 74,
            half,
            "NUMÉROS D'URGENCE",
            ["SAMU : 15  ·  Pompiers : 18  ·  Police : 17", "Urgences (mobile) : 112"],
        )
        y += 168
        c.text(30, y, "SÉQUENCES", 10, bold=True)
        c.hline(30, W - 30, y + 3)
        for line in g["seq"]:
            y += 13
            c.text(34, y, line, 8)
        y += 22
        c.text(30, y, "COMÉDIENS", 10, bold=True)
        for text, x in [("PICK-UP", 250), ("HMC", 330), ("PAT", 410)]:
            c.text(x, y, text, 8, bold=True)
        c.hline(30, W - 30, y + 3)
        for n, name in enumerate(g["cast"]):
            y += 13
            c.text(34, y, name, 8)
            for k, x in enumerate([250, 330, 410]):
                c.text(x, y, hm(add_minutes(call, -60 + 10 * n + 45 * k), t), 8)
        y += 26
        grey(c)
        c.text(30, y, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"fr_{key}",
        "fr_feuille_service",
        "French feuille de service",
        make,
        expect(p, title, day, call, g["decor"]),
    )


def _fr_sheets() -> list[Sheet]:
    horaires = [
        ("Ouverture cantine / petit-déjeuner", -45, "Cantine"),
        ("HMC (habillage, maquillage, coiffure)", -60, "Loges"),
        ("Électros / machinos (pré-light)", -60, "Décor"),
        ("PAT (prêt à tourner)", 60, "Décor"),
        ("Pause déjeuner", 330, "Cantine"),
        ("Fin de journée prévue", 600, ""),
    ]
    footer = (
        "Feuille de service établie par la régie et validée par la direction de production. "
        "Merci de respecter les riverains."
    )
    return [
        _fr(
            "lyon",
            "LES NUITS DE FOURVIÈRE",
            D(2026, 3, 19),
            "07:30",
            {
                "font": "helvetica",
                "time": "fr",
                "date": "long",
                "company": "Rhône Films Production",
                "director": "Camille Bertrand",
                "ad": "Hugo Lemaire",
                "regie": "Inès Haddad 06 12 34 56 78",
                "no": "12",
                "jour": "J 12 / 40",
                "meteo": "Nuageux, 11°C",
                "sent": "mercredi 18 mars à 19h40",
                "rdv_label": "RDV équipe technique",
                "horaires": horaires,
                "decor": "Foyer du théâtre",
                "parking": "Camions quai Saint-Antoine dès 6h00",
                "seq": [
                    "Séq. 41  INT. FOYER DU THÉÂTRE - JOUR  1 4/8  Rôles 1, 3",
                    "Séq. 42  INT. LOGE DE CLAIRE - JOUR  6/8  Rôle 1",
                ],
                "cast": ["1. Claire - Léa Moreau", "3. Antoine - Karim Benali"],
                "footer": footer,
            },
        ),
        _fr(
            "marseille",
            "LE MISTRAL",
            D(2026, 5, 12),
            "07:00",
            {
                "font": "times",
                "time": "h",
                "date": "short",
                "company": "Calanques Productions",
                "director": "Yasmine Ferhat",
                "ad": "Julien Roux",
                "regie": "Paul Santini 06 98 76 54 32",
                "no": "4",
                "jour": "Jour 4 sur 22",
                "meteo": "Mistral, soleil, 19°C",
                "sent": "lundi 11 mai à 20h15",
                "rdv_label": "Rendez-vous équipe",
                "horaires": horaires,
                "decor": "Jardins du Pharo",
                "parking": "Loges et cantine sur le parking du Pharo",
                "seq": ["Séq. 17  EXT. JARDINS DU PHARO - JOUR  2 1/8  Rôles 2, 4, 5"],
                "cast": ["2. Nadia", "4. Marius", "5. Le commissaire"],
                "footer": footer,
            },
        ),
        _fr(
            "nantes",
            "LA DUCHESSE",
            D(2026, 10, 6),
            "07:45",
            {
                "font": "serif",
                "time": "fr",
                "date": "le",
                "company": "Loire Océan Films",
                "director": "Mathilde Guérin",
                "ad": "Bastien Le Goff",
                "regie": "Soizic Tanguy 06 44 55 66 77",
                "no": "27",
                "jour": "J 27 / 35",
                "meteo": "Averses, 14°C",
                "sent": "lundi 5 octobre 2026 à 18h55",
                "rdv_label": "Convocation équipe (sur le décor)",
                "pat_box": True,
                "horaires": horaires,
                "decor": "Cour du Grand Logis",
                "parking": "Cantine et loges cours Saint-Pierre",
                "seq": [
                    "Séq. 88  EXT. COUR DU GRAND LOGIS - JOUR  3/8  Rôles 1, 2",
                    "Séq. 90  INT. GRAND LOGIS, SALLE - JOUR  1 2/8  Rôle 1",
                ],
                "cast": ["1. Anne - Margaux Lefèvre", "2. Louis - Thomas Kerbrat"],
                "footer": footer,
            },
        ),
    ]


# --- Catalonia: ordre de rodatge, two columns of "label: value" lines --------------------------


def _ca_date(d: D, style: str) -> str:
    mon = CA_MON[d.month - 1]
    de = "d'" if mon[0] in "aeiou" else "de "
    if style == "long":
        return f"{CA_WD[d.weekday()]}, {d.day} {de}{mon} {d.year}"  # dijous, 14 de maig de 2026
    return f"{d:%d/%m/%Y} ({CA_WD[d.weekday()]})"


def _cat(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        c.text(40, 40, g["company"], 9, bold=True)
        c.text(40, 51, g["company_line"], 7)
        c.right(W - 40, 40, f"ORDRE DE RODATGE NÚM. {g['no']}", 11, bold=True)
        c.right(W - 40, 53, g["jornada"], 8.5)
        centre(c, 84, title, 17)
        centre(c, 100, g["kind"], 9, bold=False)
        c.hline(40, W - 40, 110, 0.8)
        left = [
            ("Data", _ca_date(day, g["date"])),
            *[(label, hm(add_minutes(call, off), t)) for label, off in g["before"]],
            (g["call_label"], f"{hm(call, t)}{g['call_note']}"),
            ("Inici de rodatge", hm(add_minutes(call, 60), t)),
            ("Dinar", hm(add_minutes(call, 330), t)),
            ("Fi de jornada prevista", hm(add_minutes(call, 600), t)),
            ("Sortida del sol", hm(rise, t)),
            ("Posta de sol", hm(fall, t)),
            ("Previsió", g["weather"]),
        ]
        y = 130.0
        for label, value in left:
            bold = label == g["call_label"]
            w = c.text(40, y, f"{label}: ", 9, bold=True)
            c.text(40 + w, y, value, 9, bold=bold)
            y += 14
        right = [
            ("Decorat", [g["set"]]),
            ("Localització", [p.name]),
            ("Adreça", [p.street, p.city]),
            ("Aparcament i base", [p.base_street, p.base_city]),
            (
                "Hospital més proper (Urgències)",
                [p.hospital, p.hospital_street, p.hospital_city, f"Tel. {p.hospital_phone}"],
            ),
            ("Emergències", ["112"]),
        ]
        y2 = 130.0
        for label, lines in right:
            w = c.text(310, y2, f"{label}: ", 9, bold=True)
            first, *rest = lines
            if w + measure(c, first, 9) < W - 350:
                c.text(310 + w, y2, first, 9)
            else:
                y2 += 12
                c.text(318, y2, first, 9)
            for line in rest:
                y2 += 12
                c.text(318, y2, line, 9)
            y2 += 16
        y = max(y, y2) + 10
        c.hline(40, W - 40, y, 0.8)
        y += 18
        c.text(40, y, "SEQÜÈNCIES", 10, bold=True)
        for line in g["seq"]:
            y += 13
            c.text(40, y, line, 8.5)
        y += 22
        c.text(40, y, "REPARTIMENT", 10, bold=True)
        c.text(260, y, "Recollida", 8.5, bold=True)
        c.text(340, y, "Maquillatge", 8.5, bold=True)
        c.text(430, y, "Al set", 8.5, bold=True)
        for n, name in enumerate(g["cast"]):
            y += 13
            c.text(40, y, name, 8.5)
            for k, x in enumerate([260, 340, 430]):
                c.text(x, y, hm(add_minutes(call, -75 + 15 * n + 40 * k), t), 8.5)
        y += 24
        for line in g["notes"]:
            c.text(40, y, line, 8)
            y += 11
        y += 10
        grey(c)
        c.text(40, y, "Vist-i-plau: cap de producció", 7.5)
        c.right(W - 40, y, "Ajudant de direcció", 7.5)
        black(c)
        return c.output()

    return _sheet(
        f"cat_{key}",
        "cat_ordre_rodatge",
        "Catalan ordre de rodatge",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _cat_sheets() -> list[Sheet]:
    return [
        _cat(
            "barcelona",
            "EL MERCAT",
            D(2026, 4, 16),
            "07:30",
            {
                "font": "helvetica",
                "time": "cat",
                "date": "long",
                "company": "Produccions del Born, SL",
                "company_line": "C/ de la Princesa, 21, 08003 Barcelona · 933 10 20 30",
                "no": "9",
                "jornada": "Jornada 9 de 24",
                "kind": "Sèrie de televisió · Capítol 5",
                "before": [("Citació producció", -60), ("Maquillatge i perruqueria", -45)],
                "call_label": "Citació equip tècnic",
                "call_note": " (al set)",
                "weather": "Assolellat, 18°C",
                "set": "Parada de fruites",
                "seq": [
                    "Seq. 31  INT. MERCAT - PARADA DE FRUITES - DIA  1 3/8  Pers. 1, 2",
                    "Seq. 32  EXT. MERCAT - PORTA PRINCIPAL - DIA  5/8  Pers. 1",
                ],
                "cast": ["1. Núria Puig (MARTA)", "2. Jordi Ferrer (PERE)"],
                "notes": [
                    "El mercat és obert al públic: rodatge en silenci a partir de les 10.00 h.",
                    "Prohibit aparcar a l'Av. de Francesc Cambó.",
                ],
            },
        ),
        _cat(
            "girona",
            "LA PEDRA",
            D(2026, 6, 4),
            "08:00",
            {
                "font": "times",
                "time": "cat24",
                "date": "short",
                "company": "Onyar Films",
                "company_line": "Pl. de Catalunya, 5, 17002 Girona",
                "no": "3",
                "jornada": "Jornada 3/18",
                "kind": "Llargmetratge",
                "before": [("Maquillatge", -60), ("Esmorzar", -30)],
                "call_label": "Citació general",
                "call_note": "",
                "weather": "Núvols i clarianes, 22°C",
                "set": "Escalinata de la Catedral",
                "seq": ["Seq. 12  EXT. ESCALINATA - DIA  2 2/8  Pers. 1, 3, 4"],
                "cast": ["1. Laia Soler (CLARA)", "3. Marc Vidal (TOMÀS)", "4. Figuració (30)"],
                "notes": ["Els veïns tenen accés a la plaça en tot moment."],
            },
        ),
        _cat(
            "tarragona",
            "SORRA I PEDRA",
            D(2026, 9, 17),
            "07:30",
            {
                "font": "sans",
                "time": "cat",
                "date": "long",
                "company": "Tàrraco Audiovisual, SL",
                "company_line": "Rambla Nova, 40, 43003 Tarragona",
                "no": "15",
                "jornada": "Jornada 15 de 20",
                # HARD: a crew bus leaves Barcelona before the call, production earlier still
                "before": [
                    ("Citació producció", -90),
                    ("Autocar equip (sortida Estació de Sants)", -75),
                    ("Maquillatge i vestuari", -45),
                ],
                "kind": "Sèrie de televisió · Capítols 7 i 8",
                "call_label": "Hora de citació equip",
                "call_note": " (al set, amfiteatre)",
                "weather": "Sol, 26°C",
                "set": "Arena de l'amfiteatre",
                "seq": [
                    "Seq. 71  EXT. AMFITEATRE - ARENA - DIA  1 5/8  Pers. 2, 5",
                    "Seq. 74  EXT. AMFITEATRE - GRADES - DIA  4/8  Pers. 5",
                ],
                "cast": ["2. Aina Roig (SÍLVIA)", "5. Oriol Mas (GERARD)"],
                "notes": ["Crema solar i aigua per a tot l'equip."],
            },
        ),
    ]


# --- Wales: bilingual Welsh / English drama sheet, scenes left, a right-hand rail of boxes ----


def _cy(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W, H = c.width, c.pdf.h
        rail = 380.0
        c.vline(rail - 8, 28, H - 40, 0.8)
        # left: title, company, scenes, cast, notes
        c.text(32, 44, title, 17, bold=True)
        c.text(32, 58, g["series"], 8.5)
        c.text(32, 70, g["company"], 8)
        y = 98.0
        c.text(32, y, "GOLYGFEYDD / SCENES", 9, bold=True)
        c.hline(32, rail - 16, y + 3)
        for line in g["scenes"]:
            y += 13
            fit(c, 32, y, line, 8, rail - 50)
        y += 24
        c.text(32, y, "ACTORION / CAST", 9, bold=True)
        for text, x in [("Casglu / P/U", 170), ("Colur / M/U", 235), ("Set", 300)]:
            c.text(x, y, text, 7, bold=True)
        c.hline(32, rail - 16, y + 3)
        for n, name in enumerate(g["cast"]):
            y += 13
            c.text(32, y, name, 8)
            for k, x in enumerate([170, 235, 300]):
                c.text(x, y, hm(add_minutes(call, -90 + 15 * n + 30 * k), t), 8)
        y += 24
        c.text(32, y, "NODIADAU / NOTES", 9, bold=True)
        c.hline(32, rail - 16, y + 3)
        for line in g["notes"]:
            y += 12
            fit(c, 32, y, line, 8, rail - 50)
        # right rail: stacked boxes, Welsh label over English label over the value
        x0, w = rail, W - rail - 28
        y = 30.0

        def box(lines: list[tuple[str, float, bool]], pad: float = 6) -> None:
            nonlocal y
            h = sum(s + 3 for _, s, _ in lines) + 2 * pad
            c.box(x0, y, w, h)
            yy = y + pad
            for text, size, bold in lines:
                yy += size + 1
                fit(c, x0 + 5, yy, text, size, w - 10, bold=bold)
                yy += 2
            y += h + 5

        box(
            [
                ("TAFLEN ALW / CALL SHEET", 10, True),
                (f"Rhif / No. {g['no']}", 8, False),
                (_cy_date(day), 8.5, True),
                (date_text(day, "uk_plain"), 8, False),
                (g["day_no"], 8, False),
            ]
        )
        box(
            [
                (g["call_cy"], 8, True),
                (g["call_en"], 7, False),
                (hm(call, t), 20, True),
                (g["call_note"], 7, False),
            ]
        )
        times = [(cy, en, hm(add_minutes(call, off), t)) for cy, en, off in g["times"]]
        times += [("Codiad haul", "Sunrise", hm(rise, t)), ("Machlud", "Sunset", hm(fall, t))]
        box([(f"{cy} / {en}  {v}", 7.5, False) for cy, en, v in times])
        box(
            [
                ("LLEOLIAD / LOCATION", 8, True),
                (g["set"], 7.5, False),
                (g["name_cy"], 7.5, False),
                (p.name, 7.5, False),
                (p.street, 7.5, False),
                (p.city, 7.5, False),
            ]
        )
        box(
            [
                ("CANOLFAN UNED / UNIT BASE", 8, True),
                (p.base_street, 7.5, False),
                (p.base_city, 7.5, False),
            ]
        )
        box(
            [
                ("YSBYTY AGOSAF / NEAREST A&E", 8, True),
                *[(line, 7.5, False) for line in g["hospital_lines"]],
                (p.hospital_street, 7.5, False),
                (p.hospital_city, 7.5, False),
                (f"Ffôn / Tel: {p.hospital_phone}", 7.5, False),
                ("Argyfwng / Emergency: 999", 7.5, False),
            ]
        )
        return c.output()

    extra = f"{g['set']} {g['name_cy']}"
    return _sheet(
        f"cy_{key}",
        "cy_bilingual_rail",
        "Welsh / English right rail",
        make,
        expect(p, title, day, call, extra),
    )


def _cy_date(d: D) -> str:
    return f"{CY_WD[d.weekday()]} {d.day} {CY_MON[d.month - 1]} {d.year}"  # "Dydd Mawrth 17 Mawrth"


def _cy_sheets() -> list[Sheet]:
    times = [
        ("Colur a gwisgoedd", "Make-up & costume", -60),
        ("Brecwast", "Breakfast", -45),
        ("Ymarfer / saethu", "Rehearse / shoot", 30),
        ("Cinio", "Lunch", 300),
        ("Diwedd", "Wrap", 630),
    ]
    return [
        _cy(
            "cardiff",
            "Y CASTELL",
            D(2026, 3, 17),  # a Tuesday in March: "Dydd Mawrth 17 Mawrth 2026"
            "08:00",
            {
                "font": "helvetica",
                "time": "military",
                "series": "Cyfres 2, Pennod 4 / Series 2, Episode 4",
                "company": "Ffilmiau Taf Cyf. · Stiwdio Bae, Caerdydd CF10 4GA",
                "no": "14",
                "day_no": "Diwrnod 14 o 30 / Day 14 of 30",
                "call_cy": "GALWAD UNED",
                "call_en": "UNIT CALL",
                "call_note": "ar y set / on set",
                "times": times,
                "set": "Y Neuadd Wledda / Banqueting Hall",
                "name_cy": "Castell Caerdydd",
                "hospital_lines": ["Ysbyty Athrofaol Cymru", "University Hospital of Wales"],
                "scenes": [
                    "22  INT. Y NEUADD WLEDDA / BANQUETING HALL - DYDD  1 4/8  1, 2",
                    "23  EXT. Y GORTHWR / THE KEEP - DYDD  6/8  2",
                ],
                "cast": ["1. Elin Morgan", "2. Rhys Pritchard"],
                "notes": [
                    "Dim ymwelwyr heb ganiatâd / No visitors without permission.",
                    "Mae'r castell ar agor i'r cyhoedd / The castle stays open to the public.",
                ],
            },
        ),
        _cy(
            "caernarfon",
            "TONNAU",
            D(2026, 6, 11),
            "07:30",
            {
                "font": "sans",
                "time": "cy",
                "series": "Ffilm nodwedd / Feature film",
                "company": "Cwmni Menai Cyf. · Doc Fictoria, Caernarfon",
                "no": "6",
                "day_no": "Diwrnod 6 o 24 / Day 6 of 24",
                "call_cy": "GALWAD CRIW",
                "call_en": "CREW CALL",
                "call_note": "yn y ganolfan uned / at unit base",
                "times": times,
                "set": "Y Porth / Main Gate",
                "name_cy": "Castell Caernarfon",
                "hospital_lines": ["Ysbyty Gwynedd"],
                "scenes": ["9  EXT. Y PORTH / MAIN GATE - DYDD  2 2/8  1, 3, 4"],
                "cast": ["1. Nia Hughes", "3. Gethin Jones", "4. Dafydd Owen"],
                "notes": ["Llanw uchel / High tide 14:12 - dim saethu ar y cei / no quay work."],
            },
        ),
        _cy(
            "swansea",
            "DOCIAU",
            D(2026, 10, 21),
            "07:45",
            {
                "font": "times",
                "time": "h24",
                "series": "Cyfres 1, Pennod 6 / Series 1, Episode 6",
                "company": "Tawe Teledu Cyf. · Heol y Gwynt, Abertawe SA1 1AF",
                "no": "31",
                "day_no": "Diwrnod 31 o 36 / Day 31 of 36",
                "call_cy": "GALWAD UNED",
                "call_en": "UNIT CALL",
                "call_note": "ar y set / on set",
                "times": times,
                "set": "Y Neuadd Ddiwydiant / Industry Hall",
                "name_cy": "Amgueddfa Genedlaethol y Glannau",
                "hospital_lines": ["Ysbyty Treforys", "Morriston Hospital"],
                "scenes": [
                    "58  INT. NEUADD DDIWYDIANT / INDUSTRY HALL - NOS  1 1/8  2, 5",
                    "60  EXT. Y CEI / QUAYSIDE - DYDD  4/8  5",
                ],
                "cast": ["2. Catrin Lewis", "5. Owain Rees"],
                "notes": ["Amgueddfa ar agor tan 17:00 / Museum open until 17:00."],
            },
        ),
    ]


# --- Vietnam: lịch quay, a ruled grid with the label above the value ---------------------------


def _vi_date(d: D, style: str) -> str:
    wd = VI_WD[d.weekday()]
    if style == "slash":
        return f"{wd}, {d:%d/%m/%Y}"  # "Thứ Năm, 14/05/2026"
    if style == "words":
        return f"{wd}, ngày {d.day} tháng {d.month} năm {d.year}"
    return f"{d:%d-%m-%Y} ({wd})"


def _vi(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        c.text(30, 38, g["company"], 8.5, bold=True)
        c.text(30, 49, g["company_line"], 7)
        c.right(W - 30, 38, g["doc"], 12, bold=True)
        c.right(W - 30, 51, g["no"], 8)
        centre(c, 80, f"PHIM: {title}", 16)
        centre(c, 95, g["kind"], 8.5, bold=False)
        cw = (W - 60) / 4
        rows = [
            [
                ("NGÀY QUAY", [_vi_date(day, g["date"])]),
                ("NGÀY THỨ", [g["day_no"]]),
                (g["call_label"], [hm(call, t), g["call_note"]]),
                ("BẮT ĐẦU QUAY", [hm(add_minutes(call, 60), t)]),
            ],
            [
                ("TRANG ĐIỂM / PHỤC TRANG", [hm(add_minutes(call, -60), t)]),
                ("ĂN SÁNG", [hm(add_minutes(call, -30), t)]),
                ("ĂN TRƯA", [hm(add_minutes(call, 330), t)]),
                ("KẾT THÚC DỰ KIẾN", [hm(add_minutes(call, 660), t)]),
            ],
            [
                ("MẶT TRỜI MỌC", [hm(rise, t)]),
                ("MẶT TRỜI LẶN", [hm(fall, t)]),
                ("THỜI TIẾT", [g["weather"]]),
                ("ĐẠO DIỄN / TRỢ LÝ", [g["director"], g["ad"]]),
            ],
        ]
        y = 108.0
        for row in rows:
            c.grid(30, y, [cw] * 4, [42.0])
            for n, (label, lines) in enumerate(row):
                big = label == g["call_label"]
                cell(c, 30 + n * cw, y, cw, label, lines, size=12 if big else 9, lead=11)
            y += 42
        y += 8
        wide = [(W - 60) * 0.38, (W - 60) * 0.27, (W - 60) * 0.35]
        c.grid(30, y, wide, [78.0])
        blocks = [
            ("ĐỊA ĐIỂM QUAY", [g["set"], p.name, p.street, p.city]),
            ("BÃI ĐỖ XE / HẬU CẦN", [p.base_street, p.base_city]),
            (
                "BỆNH VIỆN GẦN NHẤT",
                [
                    p.hospital,
                    p.hospital_street,
                    p.hospital_city,
                    f"ĐT: {p.hospital_phone}",
                    "Cấp cứu: 115",
                ],
            ),
        ]
        x = 30.0
        for (label, lines), w in zip(blocks, wide, strict=True):
            cell(c, x, y, w, label, lines, size=8, lead=10.5)
            x += w
        y += 98
        c.text(30, y, "CẢNH QUAY", 10, bold=True)
        heads = [
            ("CẢNH", 30),
            ("NỘI / NGOẠI - BỐI CẢNH", 70),
            ("NGÀY/ĐÊM", 330),
            ("TRANG", 400),
            ("DIỄN VIÊN", 450),
        ]
        y += 6
        c.grid(30, y, [40.0, 260.0, 70.0, 50.0, W - 60 - 420], [15.0] * (len(g["scenes"]) + 1))
        for text, x in heads:
            c.text(x + 3, y + 11, text, 7, bold=True)
        for n, row in enumerate(g["scenes"]):
            for text, (_, x) in zip(row, heads, strict=True):
                c.text(x + 3, y + 26 + 15 * n, text, 8)
        y += 15 * (len(g["scenes"]) + 1) + 24
        c.text(30, y, "DIỄN VIÊN", 10, bold=True)
        for text, x in [("ĐÓN", 250), ("HÓA TRANG", 320), ("CÓ MẶT TẠI SET", 420)]:
            c.text(x, y, text, 7.5, bold=True)
        c.hline(30, W - 30, y + 3)
        for n, name in enumerate(g["cast"]):
            y += 13
            c.text(30, y, name, 8.5)
            for k, x in enumerate([250, 320, 420]):
                c.text(x, y, hm(add_minutes(call, -90 + 15 * n + 40 * k), t), 8.5)
        y += 26
        grey(c)
        for line in g["notes"]:
            c.text(30, y, line, 7.5)
            y += 11
        black(c)
        return c.output()

    return _sheet(
        f"vi_{key}",
        "vi_lich_quay",
        "Vietnamese ruled grid",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _vi_sheets() -> list[Sheet]:
    return [
        _vi(
            "saigon",
            "MÙA NƯỚC NỔI",
            D(2026, 5, 14),
            "06:00",
            {
                "time": "h24",
                "date": "slash",
                "company": "Công ty TNHH Phim Sông Sài Gòn",
                "company_line": "45 Lê Thánh Tôn, Bến Nghé, Quận 1, TP. Hồ Chí Minh",
                "doc": "LỊCH QUAY NGÀY",
                "no": "Số 5",
                "kind": "Phim điện ảnh",
                "day_no": "Ngày 5 / 24",
                "call_label": "GIỜ TẬP TRUNG ĐOÀN",
                "call_note": "tại địa điểm quay",
                "weather": "Nắng, 33°C",
                "director": "ĐD: Nguyễn Minh Thư",
                "ad": "TLĐD: Trần Quốc Bảo",
                "set": "Sảnh chính bưu điện",
                "scenes": [
                    ("14", "NỘI - SẢNH CHÍNH BƯU ĐIỆN", "Ngày", "1 3/8", "1, 2"),
                    ("15", "NGOẠI - CỔNG BƯU ĐIỆN", "Ngày", "5/8", "1"),
                ],
                "cast": ["1. Lan - Ngô Thanh Vân", "2. Hùng - Lê Văn Tâm"],
                "notes": [
                    "Bưu điện vẫn mở cửa đón khách: giữ trật tự, không chặn lối đi.",
                    "Nước uống và kem chống nắng do bộ phận hậu cần cung cấp.",
                ],
            },
        ),
        _vi(
            "hanoi",
            "PHỐ CŨ",
            D(2026, 3, 7),
            "05:30",
            {
                "time": "vi",
                "date": "words",
                "company": "Hãng phim Hồ Gươm",
                "company_line": "12 Hàng Bài, Hoàn Kiếm, Hà Nội",
                "doc": "CALL SHEET / LỊCH QUAY",
                "no": "Số 12",
                "kind": "Phim truyền hình - tập 7, 8",
                "day_no": "Ngày 12 / 40",
                "call_label": "GIỜ TẬP TRUNG",
                "call_note": "toàn đoàn",
                "weather": "Mưa phùn, 17°C",
                "director": "ĐD: Phạm Thu Hà",
                "ad": "TLĐD: Đỗ Đức Anh",
                "set": "Bậc thềm nhà hát",
                "scenes": [("31", "NGOẠI - BẬC THỀM NHÀ HÁT", "Sáng", "2 1/8", "2, 3, 5")],
                "cast": ["2. Mai", "3. Ông Tư", "5. Quần chúng (20)"],
                "notes": ["Quay sớm trước giờ cao điểm. Xe đoàn đỗ tại bãi xe Lý Thái Tổ."],
            },
        ),
        _vi(
            "danang",
            "GIÓ BIỂN",
            D(2026, 8, 20),
            "06:30",
            {
                "time": "vi",
                "date": "dash",
                "company": "Công ty CP Truyền thông Sơn Trà",
                "company_line": "88 Bạch Đằng, Hải Châu, Đà Nẵng",
                "doc": "LỊCH QUAY",
                "no": "Số 3",
                "kind": "Phim điện ảnh",
                "day_no": "Ngày 3 / 18",
                "call_label": "TẬP TRUNG ĐOÀN PHIM",
                "call_note": "có mặt tại bãi xe",
                "weather": "Nắng, gió nhẹ, 31°C",
                "director": "ĐD: Lê Hoàng Nam",
                "ad": "TLĐD: Võ Thị Hạnh",
                "set": "Phòng trưng bày Mỹ Sơn",
                "scenes": [
                    ("7", "NỘI - PHÒNG TRƯNG BÀY MỸ SƠN", "Ngày", "1 4/8", "1, 4"),
                    ("8", "NGOẠI - SÂN BẢO TÀNG", "Ngày", "3/8", "4"),
                ],
                "cast": ["1. Thảo - Hoàng Yến", "4. Minh - Trần Khoa"],
                "notes": ["Bảo tàng đóng cửa cho đoàn phim từ 7h00 đến 12h00."],
            },
        ),
    ]


# --- Philippines: taping call sheet on a wide landscape legal page, call times by group -------


def _ph_date(d: D, style: str) -> str:
    if style == "paren":
        return f"{d:%B} {d.day}, {d.year} ({d:%A})"  # "March 12, 2026 (Thursday)"
    if style == "bar":
        return f"{d:%B} {d.day}, {d.year} | {d:%A}".upper()
    return date_text(d, "us_short")


def _ph(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("legal", g["font"], "L")
        W = c.width
        _band(c, 24, 20, W - 48, 46, 60)
        _white(c)
        c.text(34, 40, g["company"], 10, bold=True)
        c.text(34, 56, title, 18, bold=True)
        c.right(W - 34, 40, g["doc"], 14, bold=True)
        c.right(W - 34, 56, g["day_no"], 10, bold=True)
        black(c)
        col = (W - 48 - 20) / 3
        xs = [24.0, 24 + col + 10, 24 + 2 * col + 20]
        # column 1: CALL TIMES as a ruled two-column table
        y = 86.0
        c.text(xs[0], y, "CALL TIMES", 10, bold=True)
        rows = [(label, add_minutes(call, off)) for label, off in g["calls"]]
        c.grid(xs[0], y + 6, [col * 0.64, col * 0.36], [17.0] * len(rows))
        for n, (label, hhmm) in enumerate(rows):
            bold = is_call = label == g["call_label"]
            fit(c, xs[0] + 4, y + 19 + 17 * n, label, 8.5, col * 0.64 - 8, bold=bold)
            c.text(xs[0] + col * 0.64 + 4, y + 19 + 17 * n, hm(hhmm, t), 9, bold=is_call)
        # column 2: places
        y2 = 86.0
        for label, lines in [
            ("LOCATION", [g["set"], p.name, p.street, p.city]),
            (g["base_label"], [p.base_street, p.base_city]),
            (
                "NEAREST HOSPITAL",
                [p.hospital, p.hospital_street, p.hospital_city, f"Tel. {p.hospital_phone}"],
            ),
        ]:
            c.text(xs[1], y2, label, 9, bold=True)
            c.hline(xs[1], xs[1] + col, y2 + 3, 0.4)
            for line in lines:
                y2 += 12
                fit(c, xs[1], y2, line, 8.5, col)
            y2 += 20
        # column 3: date, sun, weather, people
        y3 = 86.0
        for label, value in [
            ("DATE", _ph_date(day, g["date"])),
            ("SUNRISE", hm(rise, t)),
            ("SUNSET", hm(fall, t)),
            ("WEATHER (PAGASA)", g["weather"]),
            ("DIRECTOR", g["director"]),
            ("AD / PM", g["ad"]),
        ]:
            c.text(xs[2], y3, label, 8, bold=True)
            fit(c, xs[2] + 95, y3, value, 9, col - 95, bold=label == "DATE")
            y3 += 15
        # scenes across the page
        y = max(y + 6 + 17 * len(rows), y2, y3) + 18
        c.text(24, y, "SEQUENCES", 10, bold=True)
        heads = [
            ("SEQ", 24),
            ("SET / SYNOPSIS", 64),
            ("D/N", 430),
            ("CAST", 480),
            ("ATMOS / EXTRAS", 700),
        ]
        c.grid(24, y + 6, [40.0, 366.0, 50.0, 220.0, W - 48 - 676], [15.0] * (len(g["seq"]) + 1))
        for text, x in heads:
            c.text(x + 3, y + 17, text, 7.5, bold=True)
        for n, row in enumerate(g["seq"]):
            for text, (_, x) in zip(row, heads, strict=True):
                fit(c, x + 3, y + 32 + 15 * n, text, 8, 200 if x == 480 else 360)
        y += 15 * (len(g["seq"]) + 1) + 28
        for line in g["notes"]:
            c.text(24, y, line, 8.5)
            y += 12
        return c.output()

    return _sheet(
        f"ph_{key}",
        "ph_taping_wide",
        "Philippine wide landscape legal",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ph_sheets() -> list[Sheet]:
    return [
        _ph(
            "quezon",
            "HANGGANG DULO",
            D(2026, 3, 12),
            "05:00",
            {
                "font": "helvetica",
                "time": "us",
                "date": "paren",
                "company": "LIWANAG ENTERTAINMENT",
                "doc": "TAPING CALL SHEET",
                "day_no": "TAPING DAY 14",
                # HARD: production and utility are called an hour before the crew
                "calls": [
                    ("PRODUCTION / UTILITY CALL TIME", -60),
                    ("CREW CALL TIME", 0),
                    ("TALENTS CALL TIME (HMU)", 60),
                    ("1ST SHOT", 120),
                    ("LUNCH BREAK", 420),
                    ("PACK-UP (TARGET)", 840),
                ],
                "call_label": "CREW CALL TIME",
                "base_label": "HOLDING / PARKING",
                "set": "Circle park, north lawn",
                "weather": "Partly cloudy, 31°C",
                "director": "Direk Carlo Mendoza",
                "ad": "Joy Santos / Paolo Reyes",
                "seq": [
                    (
                        "12",
                        "EXT. PARK - DAY. Andrea waits for Miguel.",
                        "D",
                        "Andrea, Miguel",
                        "Joggers (10)",
                    ),
                    ("13", "EXT. PARK BENCH - DAY. The letter.", "D", "Andrea", "Vendors (3)"),
                ],
                "notes": [
                    "Strictly 14-hour taping. No smoking on set. Bring umbrellas.",
                    "Meals: breakfast at holding area 5AM, lunch 12NN.",
                ],
            },
        ),
        _ph(
            "intramuros",
            "ANG HULING HARI",
            D(2026, 5, 16),
            "04:30",
            {
                "font": "sans",
                "time": "us",
                "date": "short",
                "company": "BAYANIHAN PICTURES",
                "doc": "CALL SHEET",
                "day_no": "SHOOTING DAY 6 OF 20",
                "calls": [
                    ("CALL TIME (ALL CREW)", 0),
                    ("ARTISTS CALL TIME", 30),
                    ("1ST SHOT", 90),
                    ("LUNCH", 390),
                    ("PACK-UP", 780),
                ],
                "call_label": "CALL TIME (ALL CREW)",
                "base_label": "BASE CAMP",
                "set": "Plaza Moriones gate",
                "weather": "Sunny, 34°C, heat index 41°C",
                "director": "Direk Ana Villanueva",
                "ad": "Rico Dizon / Bea Lim",
                "seq": [
                    (
                        "41",
                        "EXT. FORT GATE - DAWN. The soldiers arrive.",
                        "Dawn",
                        "Lakan, Capt.",
                        "Soldiers (25)",
                    ),
                ],
                "notes": ["First light shoot: be at base camp on time.", "Hydrate often."],
            },
        ),
        _ph(
            "cebu",
            "BALAY",
            D(2026, 9, 3),
            "06:00",
            {
                "font": "condensed",
                "time": "ph",
                "date": "bar",
                "company": "SUGBO FILMS",
                "doc": "CALL SHEET",
                "day_no": "SHOOT DAY 3 / 12",
                "calls": [
                    ("PROD CALL", -30),
                    ("CREW CALL TIME", 0),
                    ("TALENT CALL", 60),
                    ("1ST SHOT", 120),
                    ("LUNCH", 360),
                    ("PACK-UP", 720),
                ],
                "call_label": "CREW CALL TIME",
                "base_label": "BASE / PARKING",
                "set": "Sala and azotea",
                "weather": "Scattered rain, 29°C",
                "director": "Direk Joel Abellana",
                "ad": "Kaye Ouano",
                "seq": [
                    ("5", "INT. SALA - DAY. Lola reads the will.", "D", "Lola, Inday", "-"),
                    ("6", "EXT. AZOTEA - DAY. Inday alone.", "D", "Inday", "-"),
                ],
                "notes": ["Museum is a heritage house: no tape on walls, shoes off inside."],
            },
        ),
    ]


# --- US indie on legal paper: black header band, Location 1 / Location 2, crew list on back ---


def _legal(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]
    loc2 = SECOND[key]

    def make() -> bytes:
        c = Canvas("legal", g["font"])
        W = c.width
        _band(c, 24, 22, W - 48, 58)
        _white(c)
        c.text(34, 46, title, 20, bold=True)
        c.text(34, 66, g["company"], 8.5)
        c.right(W - 34, 46, "CALL SHEET", 16, bold=True)
        c.right(W - 34, 66, g["draft"], 8)
        black(c)
        # three columns under the band: contacts / crew call / date and sun
        y = 100.0
        for line in g["contacts"]:
            c.text(30, y, line, 8)
            y += 11
        c.box(220, 88, 172, 70, 1.2)
        for text, size, yy in [
            (g["call_label"], 9, 104.0),
            (hm(call, t), 26, 134.0),
            (g["call_sub"], 7.5, 150.0),
        ]:
            c.text(306 - measure(c, text, size, bold=True) / 2, yy, text, size, bold=True)
        y = 98.0
        for text, bold in [
            (date_text(day, g["date"]), True),
            (g["day_no"], True),
            (f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}", False),
            (g["weather"], False),
            (f"Breakfast {hm(add_minutes(call, -30), t)}", False),
            (f"Shooting call {hm(add_minutes(call, 60), t)}", False),
            (f"Lunch {hm(add_minutes(call, 360), t)}", False),
        ]:
            c.right(W - 30, y, text, 8.5, bold=bold)
            y += 11
        # locations, primary first, side by side
        y = 184.0
        half = (W - 60) / 2
        for n, (head, lines) in enumerate(
            [
                (
                    "LOCATION 1",
                    [g["set"], p.name, p.street, p.city, f"Parking: {p.base_street}"],
                ),
                (
                    f"LOCATION 2 - COMPANY MOVE {hm(add_minutes(call, 420), t)}",
                    [g["set2"], loc2[0], loc2[1], loc2[2], "Parking: street, permits on dash"],
                ),
            ]
        ):
            x = 30 + n * half
            _band(c, x, y - 11, half - 6, 15, 200)
            c.text(x + 4, y, head, 8.5, bold=True)
            yy = y
            for line in lines:
                yy += 12
                fit(c, x + 4, yy, line, 8.5, half - 14)
        y += 78
        c.text(30, y, "NEAREST HOSPITAL (LOCATION 1)", 8.5, bold=True)
        c.text(30, y + 12, f"{p.hospital} - {p.hospital_street}, {p.hospital_city}", 8.5)
        c.text(30, y + 24, f"ER {p.hospital_phone}  ·  Emergency 911", 8.5)
        y += 50
        _band(c, 24, y - 11, W - 48, 15, 200)
        for text, x in [
            ("SC", 30),
            ("SET / DESCRIPTION", 60),
            ("D/N", 330),
            ("PGS", 370),
            ("CAST", 410),
            ("LOC", 520),
        ]:
            c.text(x, y, text, 8, bold=True)
        for row in g["scenes"]:
            y += 13
            for text, x in zip(row, [30, 60, 330, 370, 410, 520], strict=True):
                c.text(x, y, text, 8)
        y += 26
        _band(c, 24, y - 11, W - 48, 15, 200)
        for text, x in [
            ("#", 30),
            ("CAST", 50),
            ("CHARACTER", 180),
            ("P/U", 320),
            ("H/MU", 380),
            ("ON SET", 440),
        ]:
            c.text(x, y, text, 8, bold=True)
        for n, (actor, role) in enumerate(g["cast"]):
            y += 13
            c.text(30, y, str(n + 1), 8)
            c.text(50, y, actor, 8)
            c.text(180, y, role, 8)
            for k, x in enumerate([320, 380, 440]):
                c.text(x, y, hm(add_minutes(call, -45 + 15 * n + 30 * k), t), 8)
        y += 30
        for line in g["notes"]:
            c.text(30, y, line, 8)
            y += 11
        # back of the legal sheet: the crew list with individual calls
        c.new_page()
        _band(c, 24, 22, W - 48, 26)
        _white(c)
        c.text(34, 40, f"{title} - CREW LIST", 12, bold=True)
        c.right(W - 34, 40, date_text(day, g["date"]), 9)
        black(c)
        y = 72.0
        for dept, people in g["crew"]:
            c.text(30, y, dept, 9, bold=True)
            for role, name, off in people:
                y += 12
                c.text(40, y, role, 8)
                c.text(200, y, name, 8)
                c.right(W - 40, y, hm(add_minutes(call, off), t), 8)
            y += 18
        return c.output()

    return _sheet(
        f"legal_{key}",
        "us_legal_band",
        "US legal-size header band",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _legal_crew() -> list[tuple[str, list[tuple[str, str, int]]]]:
    return [
        (
            "PRODUCTION",
            [
                ("UPM", "Dana Fields", -60),
                ("1st AD", "Marcus Webb", -30),
                ("2nd AD", "Priya Nair", -45),
            ],
        ),
        ("CAMERA", [("DP", "Lena Ortiz", 0), ("1st AC", "Sam Cho", -30)]),
        ("ELECTRIC / GRIP", [("Gaffer", "Tom Reilly", -30), ("Key Grip", "Andre Price", -30)]),
        ("HMU / WARDROBE", [("Key MU", "Joy Kim", -60), ("Costumer", "Ava Ross", -60)]),
    ]


def _legal_sheets() -> list[Sheet]:
    return [
        _legal(
            "savannah",
            "SPANISH MOSS",
            D(2026, 3, 12),
            "07:00",
            {
                "font": "helvetica",
                "time": "us",
                "date": "us_long",
                "company": "Low Country Pictures LLC",
                "draft": "Version 2 · issued 3/11/26 7:40 PM",
                "contacts": [
                    "Director: Ruth Calder",
                    "Producer: Ben Ames 912-555-0141",
                    "1st AD: Marcus Webb 912-555-0187",
                    "UPM: Dana Fields",
                ],
                "call_label": "GENERAL CREW CALL",
                "call_sub": "at Location 1",
                "day_no": "Day 4 of 18",
                "weather": "Humid, 74°F / 58°F",
                "set": "Parlor and front stoop",
                "set2": "Fountain, south side",
                "scenes": [
                    ("18", "INT. PARLOR - DAY", "D", "1 2/8", "1, 2", "1"),
                    ("19", "EXT. FRONT STOOP - DAY", "D", "4/8", "1", "1"),
                    ("33", "EXT. FOUNTAIN - DAY", "D", "1 1/8", "2, 3", "2"),
                ],
                "cast": [("Nora Ellis", "CLAIRE"), ("Jude Harmon", "WADE"), ("Tia Brooks", "LUCY")],
                "notes": [
                    "Company move to Location 2 after lunch: 0.6 mi, walk or shuttle.",
                    "No parking on Bull St. Crew park at the Civic Center lot.",
                ],
                "crew": _legal_crew(),
            },
        ),
        _legal(
            "pittsburgh",
            "STEEL YARD",
            D(2026, 4, 21),
            "06:30",
            {
                "font": "sans",
                "time": "us_letter",
                "date": "us_short",
                "company": "Three Rivers Film Co.",
                "draft": "issued 4/20/26",
                "contacts": [
                    "Director: Owen Park",
                    "Producer: Kim Alvarez 412-555-0110",
                    "1st AD: Jess Lowry 412-555-0163",
                ],
                "call_label": "CREW CALL",
                "call_sub": "Location 1 - gallery entrance",
                "day_no": "Shoot Day 9 of 22",
                "weather": "Showers, 58°F / 41°F",
                "set": "Gallery hall",
                "set2": "Playground slide",
                "scenes": [
                    ("44", "INT. GALLERY HALL - DAY", "D", "2 3/8", "1, 4", "1"),
                    ("51", "EXT. PLAYGROUND - DAY", "D", "5/8", "4", "2"),
                ],
                "cast": [("Eli Novak", "RAY"), ("Mara Quinn", "DESI")],
                "notes": ["Gallery is closed to the public until 1:00 PM only."],
                "crew": _legal_crew(),
            },
        ),
        _legal(
            "portland",
            "MANSION ON THE HILL",
            D(2026, 10, 7),
            "07:00",
            {
                "font": "times",
                "time": "us",
                "date": "us_ordinal",
                "company": "Cascade Lantern Films",
                "draft": "FINAL · issued 10/6/26 8:05 PM",
                "contacts": [
                    "Director: Hana Sato",
                    "Producer: Will Grady 503-555-0122",
                    "1st AD: Cole Byers 503-555-0178",
                ],
                "call_label": "CREW CALL",
                "call_sub": "shuttle from parking from 6:15 AM",
                "day_no": "Day 12 of 20",
                "weather": "Fog, then sun, 63°F / 49°F",
                "set": "Library and music room",
                "set2": "Trailhead bridge",
                "scenes": [
                    ("70", "INT. LIBRARY - DAY", "D", "1 5/8", "1, 2", "1"),
                    ("72", "INT. MUSIC ROOM - DAY", "D", "6/8", "2", "1"),
                    ("80", "EXT. TRAIL BRIDGE - DUSK", "N", "3/8", "1", "2"),
                ],
                "cast": [("Gwen Adair", "IRIS"), ("Paul Marsh", "HENRY")],
                "notes": ["Mansion floors are historic: soft soles only, no carts inside."],
                "crew": _legal_crew(),
            },
        ),
    ]


# --- a call-sheet app's web view printed from a phone: one tall narrow page of cards ----------


def _phone(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        W = 396.0
        c = Canvas((W, 1620.0), "sans")  # type: ignore[arg-type]
        grey(c)
        c.text(14, 16, g["printed"], 6.5)
        c.right(W - 14, 16, f"{title} - Call Sheet", 6.5)
        black(c)
        y = 44.0
        c.text(20, y, g["company"], 8)
        y += 22
        fit(c, 20, y, title, 20, W - 40, bold=True)
        y += 18
        c.text(20, y, g["date_text"], 10.5, bold=True)
        y += 14
        c.text(20, y, g["day_no"], 9)
        y += 16

        def card(head: str, lines: list[tuple[str, float, bool]]) -> None:
            nonlocal y
            h = 22 + sum(s + 5 for _, s, _ in lines) + 6
            c.pdf.set_draw_color(190, 190, 190)
            c.box(14, y, W - 28, h, 0.8)
            c.pdf.set_draw_color(0, 0, 0)
            grey(c, 90)
            c.text(24, y + 15, head.upper(), 7.5, bold=True)
            black(c)
            yy = y + 20
            for text, size, bold in lines:
                yy += size + 3
                fit(c, 24, yy, text, size, W - 48, bold=bold)
                yy += 2
            y += h + 10

        if g.get("your_call"):
            # HARD: the app prints the reader's own call (camera pre-call) above the crew call
            role, off = g["your_call"]
            card("Your call", [(hm(add_minutes(call, off), t), 16, True), (role, 8.5, False)])
        card(
            g["call_head"],
            [
                (hm(call, t), 28, True),
                (f"Shooting call {hm(add_minutes(call, 60), t)}", 9, False),
                (f"Breakfast {hm(add_minutes(call, -30), t)}", 9, False),
            ],
        )
        card(
            "Weather",
            [
                (g["weather"], 9.5, False),
                (f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}", 9.5, False),
            ],
        )
        card(
            "Locations",
            [
                (f"1  {g['set']}", 10, True),
                (p.name, 9, False),
                (p.street, 9, False),
                (p.city, 9, False),
                (f"Parking: {p.base_street}, {p.base_city}", 8, False),
            ],
        )
        card(
            "Nearest hospital",
            [
                (p.hospital, 10, True),
                (p.hospital_street, 9, False),
                (p.hospital_city, 9, False),
                (p.hospital_phone, 9, False),
                (f"Emergency {g['emergency']}", 8, False),
            ],
        )
        card(
            "Schedule",
            [
                (f"{hm(add_minutes(call, off), t)}   {label}", 9, False)
                for label, off in g["schedule"]
            ],
        )
        card("Scenes", [(line, 8.5, False) for line in g["scenes"]])
        card("Notes", [(line, 8.5, False) for line in g["notes"]])
        grey(c)
        c.text(14, 1606, g["url"], 6.5)
        c.right(W - 14, 1606, "1/1", 6.5)
        black(c)
        return c.output()

    return _sheet(
        f"phone_{key}",
        "phone_print",
        "app web view printed from a phone",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _phone_sheets() -> list[Sheet]:
    schedule = [
        ("Crew call", 0),
        ("Blocking", 30),
        ("First shot", 60),
        ("Lunch", 360),
        ("Est. wrap", 660),
    ]
    return [
        _phone(
            "auckland",
            "HARBOUR LIGHTS",
            D(2026, 6, 9),
            "07:30",
            {
                "time": "us_lower",
                "printed": "8/06/26, 9:14 pm",
                "company": "Waitematā Pictures Ltd",
                "date_text": "Tuesday, 9 June 2026",
                "day_no": "Shoot day 3 of 12",
                "call_head": "Crew call",
                "weather": "Showers, 14°C, SW 20 km/h",
                "set": "Great Hall stage",
                "emergency": "111",
                "schedule": schedule,
                "scenes": ["Sc 12  INT. GREAT HALL - DAY  2 pgs", "Sc 14  INT. FOYER - DAY  4/8"],
                "notes": ["Load in via the Greys Ave dock.", "Hi-vis at the loading dock."],
                "url": "https://app.example-callsheets.co.nz/s/harbour-lights/day-3",
            },
        ),
        _phone(
            "capetown",
            "TABLE BAY",
            D(2026, 7, 16),
            "07:00",
            {
                "time": "h24",
                "printed": "2026/07/15 19:52",
                "company": "Kaapstad Films (Pty) Ltd",
                "date_text": "Thursday 16 July 2026",
                "day_no": "Day 8 of 20",
                "call_head": "General crew call",
                "weather": "Clear, 17°C, light NW wind",
                "set": "Council chamber",
                "emergency": "10177 (ambulance) · 112 from a mobile",
                "schedule": schedule,
                "scenes": ["Sc 40  INT. COUNCIL CHAMBER - DAY  1 3/8", "Sc 41  EXT. STEPS - DAY"],
                "notes": ["Security check at the Darling St door, bring ID."],
                "url": "https://app.example-callsheets.co.za/s/table-bay/8",
            },
        ),
        _phone(
            "chicago",
            "LAKE EFFECT",
            D(2026, 10, 10),
            "07:00",
            {
                "time": "us",
                "printed": "10/9/26, 8:31 PM",
                "company": "Second City Lantern Films",
                "date_text": "Sat, Oct 10, 2026",
                "day_no": "Day 5 of 15",
                "your_call": ("Camera - 1st AC (pre-call)", -30),
                "call_head": "Crew call",
                "weather": "Sunny, 58°F / 44°F",
                "set": "Preston Bradley Hall",
                "emergency": "911",
                "schedule": schedule,
                "scenes": ["Sc 27  INT. TIFFANY DOME HALL - DAY  1 6/8"],
                "notes": ["Building open to the public from 10 AM: keep the stairs clear."],
                "url": "https://app.example-callsheets.com/s/lake-effect/day-5",
            },
        ),
    ]


# --- near misses --------------------------------------------------------------------------------


def _permit() -> bytes:
    """A French municipal filming permit: a date, hours, an address, but no call or crew."""
    c = Canvas("A4", "times")
    c.text(50, 56, "VILLE DE LYON", 13, bold=True)
    c.text(50, 70, "Direction de l'occupation du domaine public - Mission cinéma", 9)
    c.right(545, 56, "Arrêté n° 2026/1842", 10, bold=True)
    centre(c, 120, "AUTORISATION DE TOURNAGE", 16)
    centre(c, 138, "sur le domaine public", 11, bold=False)
    lines = [
        "Le Maire de Lyon,",
        "Vu la demande présentée le 2 mars 2026 par la société Rhône Films Production,",
        "pour le tournage du long métrage « LES NUITS DE FOURVIÈRE »,",
        "ARRÊTE :",
        "Article 1 - La société Rhône Films Production est autorisée à occuper le domaine",
        "public au droit du 4 Rue Charles Dullin, 69002 Lyon, le jeudi 19 mars 2026",
        "de 6h00 à 20h00, pour le stationnement de trois véhicules techniques.",
        "Article 2 - Le passage des piétons sera maintenu en permanence.",
        "Article 3 - Aucun branchement électrique sur le réseau public n'est autorisé.",
        "Article 4 - Redevance : 340,00 € (tarif long métrage, une journée).",
        "Fait à Lyon, le 10 mars 2026. Pour le Maire, l'adjoint délégué.",
    ]
    y = 180.0
    for line in lines:
        c.text(50, y, line, 10.5, bold=line.endswith(":"))
        y += 20
    return c.output()


def _petty_cash() -> bytes:
    """A petty-cash report: shoot-day dates, receipts, addresses, totals; no call, no day."""
    c = Canvas("letter", "helvetica")
    c.text(36, 44, "SPANISH MOSS - Low Country Pictures LLC", 11, bold=True)
    c.text(36, 62, "PETTY CASH REPORT #3", 14, bold=True)
    c.right(576, 44, "Envelope: Locations dept.", 9)
    c.right(576, 58, "Period: 3/9/2026 - 3/13/2026", 9)
    heads = [("DATE", 36), ("PAYEE", 100), ("DESCRIPTION", 250), ("CODE", 440), ("AMOUNT", 500)]
    y = 96.0
    for text, x in heads:
        c.text(x, y, text, 8.5, bold=True)
    c.hline(36, 576, y + 3)
    rows = [
        ("3/9/26", "Parker's Market", "Ice and water, Day 1 basecamp", "2140", "$48.20"),
        ("3/10/26", "City of Savannah", "Meter bags, 429 Bull St", "2150", "$120.00"),
        ("3/11/26", "Home Depot #0121", "Sandbags, gaff tape", "2160", "$86.75"),
        ("3/12/26", "Lone Star Ice", "Ice, Day 4 (7:00 AM delivery)", "2140", "$36.00"),
        ("3/12/26", "Forsyth Park Cafe", "Neighbor thank-you gift card", "2190", "$50.00"),
        ("3/13/26", "Shell #4410", "Fuel, location van", "2170", "$64.31"),
    ]
    for row in rows:
        y += 14
        for text, (_, x) in zip(row, heads, strict=True):
            c.text(x, y, text, 8.5)
    y += 22
    c.right(576, y, "TOTAL SPENT  $405.26", 9.5, bold=True)
    y += 14
    c.right(576, y, "Float issued $500.00 · Cash returned $94.74", 9)
    y += 40
    c.text(36, y, "Submitted by: Location Manager ____________    Approved: UPM ____________", 9)
    return c.output()


def _risk_assessment() -> bytes:
    """A Welsh location risk assessment: the set, the date, hazards, the nearest A&E."""
    c = Canvas("A4", "helvetica")
    c.text(40, 46, "ASESIAD RISG / RISK ASSESSMENT", 14, bold=True)
    c.text(40, 62, "Y CASTELL - Cyfres 2 / Series 2 · Ffilmiau Taf Cyf.", 9)
    rows = [
        ("Lleoliad / Location", "Cardiff Castle, Castle St, Cardiff CF10 3RB"),
        ("Dyddiad ffilmio / Filming date", "Tuesday 17 March 2026"),
        ("Asesydd / Assessor", "Gareth Price (Location Manager), 9 March 2026"),
        ("Ysbyty agosaf / Nearest A&E", "University Hospital of Wales, Heath Park, CF14 4XW"),
    ]
    y = 92.0
    for label, value in rows:
        c.text(40, y, label, 9, bold=True)
        c.text(220, y, value, 9)
        y += 14
    y += 12
    heads = [
        ("PERYGL / HAZARD", 40),
        ("PWY / WHO", 220),
        ("RHEOLAETH / CONTROL", 300),
        ("RISG", 520),
    ]
    for text, x in heads:
        c.text(x, y, text, 8, bold=True)
    c.hline(40, 555, y + 3)
    for row in [
        (
            "Uneven stone steps in the keep",
            "Cast, crew",
            "Hi-vis marking, handrail, no running",
            "Low",
        ),
        ("Public visitors near set", "Public", "Marshals at barriers, signs", "Med"),
        ("Cables across walkways", "All", "Cable ramps, gaffer every 2 m", "Low"),
        ("Working at height (lighting)", "Electricians", "IPAF-trained operator only", "Med"),
    ]:
        y += 14
        for text, (_, x) in zip(row, heads, strict=True):
            c.text(x, y, text, 8)
    y += 30
    c.text(40, y, "Llofnod / Signed: ____________   Adolygwyd / Reviewed: Producer", 9)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet("other_permit", "near_miss", "French municipal filming permit", _permit, OTHER),
        _sheet("other_petty_cash", "near_miss", "petty cash report", _petty_cash, OTHER),
        _sheet(
            "other_risk_assessment",
            "near_miss",
            "location risk assessment",
            _risk_assessment,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_fr_sheets(),
        *_cat_sheets(),
        *_cy_sheets(),
        *_vi_sheets(),
        *_ph_sheets(),
        *_legal_sheets(),
        *_phone_sheets(),
        *_other_sheets(),
    ]
