"""Third held-out set: layouts, languages and wording no reader rule was tuned to (`fresh2_`).

Families follow documented conventions (CONVENTIONS.md, "fresh2"): the Spanish "orden de
rodaje" and Mexican "hoja de llamado" (citaciones / llamados table), the Italian "ordine del
giorno" (convocazione bar), Nordic "dagsplan" (time-first schedule: samling / mødetid /
oppmøte), Czech and Slovak "denní dispozice" (several label: value pairs on one line), Quebec
bilingual "feuille de service / call sheet" (French label, value, English label on one row),
US TV episodic sheets (landscape, scenes first, numbered location key, 6-pt tables, hospital on
page 2) and production-office emails printed to PDF. Expected values come from the same table
the page is printed from; sun times are astral's for the set and date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas
from tests.corpus.formats import add_minutes
from tests.corpus.fresh_common import clock, sheet_maker
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, call_sheet, fit

D = dt.date

FRESH2: dict[str, Place] = {
    "madrid": _p(
        "es",
        "Mercado de San Miguel",
        "Plaza de San Miguel, s/n",
        "28005 Madrid",
        40.4154,
        -3.7090,
        "Europe/Madrid",
        "Hospital General Universitario Gregorio Marañón",
        "C/ del Dr. Esquerdo, 46",
        "28007 Madrid",
        "+34 915 86 80 00",
        "Calle de Bailén, 10",
        "28013 Madrid",
    ),
    "barcelona": _p(
        "es",
        "Mercat de Sant Antoni",
        "Carrer del Comte d'Urgell, 1",
        "08011 Barcelona",
        41.3787,
        2.1617,
        "Europe/Madrid",
        "Hospital Clínic de Barcelona",
        "C/ de Villarroel, 170",
        "08036 Barcelona",
        "+34 932 27 54 00",
        "Ronda de Sant Antoni, 2",
        "08001 Barcelona",
    ),
    "cdmx": _p(
        "mx",
        "Casa Lamm",
        "Av. Álvaro Obregón 99",
        "Col. Roma Norte, 06700 Ciudad de México, CDMX",
        19.4190,
        -99.1600,
        "America/Mexico_City",
        "Hospital General de México",
        "Dr. Balmis 148",
        "Col. Doctores, 06720 Ciudad de México, CDMX",
        "55 2789 2000",
        "Orizaba 101",
        "Col. Roma Norte, 06700 Ciudad de México, CDMX",
    ),
    "roma": _p(
        "it",
        "Quartiere Coppedè",
        "Piazza Mincio 2",
        "00198 Roma RM",
        41.9180,
        12.5000,
        "Europe/Rome",
        "Policlinico Umberto I",
        "Viale del Policlinico 155",
        "00161 Roma RM",
        "06 49971",
        "Via Tagliamento 9",
        "00198 Roma RM",
    ),
    "torino": _p(
        "it",
        "Mole Antonelliana",
        "Via Montebello 20",
        "10124 Torino TO",
        45.0690,
        7.6933,
        "Europe/Rome",
        "Ospedale Molinette",
        "Corso Bramante 88",
        "10126 Torino TO",
        "011 6331633",
        "Corso San Maurizio 6",
        "10124 Torino TO",
    ),
    "napoli": _p(
        "it",
        "Galleria Umberto I",
        "Via San Carlo 15",
        "80132 Napoli NA",
        40.8386,
        14.2497,
        "Europe/Rome",
        "Ospedale Antonio Cardarelli",
        "Via Antonio Cardarelli 9",
        "80131 Napoli NA",
        "081 7471111",
        "Via Acton 1",
        "80133 Napoli NA",
    ),
    "stockholm": _p(
        "se",
        "Södra Teatern",
        "Mosebacke torg 1-3",
        "116 46 Stockholm",
        59.3180,
        18.0740,
        "Europe/Stockholm",
        "Södersjukhuset",
        "Sjukhusbacken 10",
        "118 83 Stockholm",
        "08-616 10 00",
        "Katarinavägen 19",
        "116 45 Stockholm",
    ),
    "kobenhavn": _p(
        "dk",
        "Kødbyen",
        "Flæsketorvet 68",
        "1711 København V",
        55.6680,
        12.5600,
        "Europe/Copenhagen",
        "Rigshospitalet",
        "Blegdamsvej 9",
        "2100 København Ø",
        "35 45 35 45",
        "Halmtorvet 11",
        "1700 København V",
    ),
    "oslo": _p(
        "no",
        "Vulkan",
        "Maridalsveien 17",
        "0178 Oslo",
        59.9230,
        10.7520,
        "Europe/Oslo",
        "Oslo universitetssykehus Ullevål",
        "Kirkeveien 166",
        "0450 Oslo",
        "915 02770",
        "Nedre gate 7",
        "0551 Oslo",
    ),
    "praha": _p(
        "cz",
        "Barrandov Studio",
        "Kříženeckého nám. 322/5",
        "152 00 Praha 5",
        50.0320,
        14.3960,
        "Europe/Prague",
        "Fakultní nemocnice v Motole",
        "V Úvalu 84",
        "150 06 Praha 5",
        "+420 224 431 111",
        "Wassermannova 926/16",
        "152 00 Praha 5",
    ),
    "brno": _p(
        "cz",
        "Vila Tugendhat",
        "Černopolní 45",
        "613 00 Brno",
        49.2072,
        16.6160,
        "Europe/Prague",
        "Fakultní nemocnice u sv. Anny v Brně",
        "Pekařská 53",
        "656 91 Brno",
        "+420 543 181 111",
        "Lesnická 1",
        "613 00 Brno",
    ),
    "bratislava": _p(
        "sk",
        "Primaciálny palác",
        "Primaciálne nám. 1",
        "811 01 Bratislava",
        48.1440,
        17.1090,
        "Europe/Bratislava",
        "Nemocnica Ružinov",
        "Ružinovská 6",
        "826 06 Bratislava",
        "+421 2 4823 4111",
        "Uršulínska 6",
        "811 01 Bratislava",
    ),
    "montreal": _p(
        "ca",
        "Marché Jean-Talon",
        "7070, avenue Henri-Julien",
        "Montréal (Québec) H2S 3S3",
        45.5363,
        -73.6150,
        "America/Toronto",
        "Hôpital Jean-Talon",
        "1385, rue Jean-Talon Est",
        "Montréal (Québec) H2E 1S6",
        "514 495-6767",
        "7020, boulevard Saint-Laurent",
        "Montréal (Québec) H2S 3E2",
    ),
    "quebec": _p(
        "ca",
        "Château Frontenac",
        "1, rue des Carrières",
        "Québec (Québec) G1R 4P5",
        46.8119,
        -71.2053,
        "America/Toronto",
        "Hôtel-Dieu de Québec",
        "11, côte du Palais",
        "Québec (Québec) G1R 2J6",
        "418 525-4444",
        "150, rue Sainte-Anne",
        "Québec (Québec) G1R 3X3",
    ),
    "gatineau": _p(
        "ca",
        "Musée canadien de l'histoire",
        "100, rue Laurier",
        "Gatineau (Québec) K1A 0M8",
        45.4300,
        -75.7090,
        "America/Toronto",
        "Hôpital de Hull",
        "116, boulevard Lionel-Émond",
        "Gatineau (Québec) J8Y 1W7",
        "819 966-6200",
        "25, rue Eddy",
        "Gatineau (Québec) J8X 4B5",
    ),
    "burbank": _p(
        "us",
        "McCambridge Park",
        "1515 N Glenoaks Blvd",
        "Burbank, CA 91504",
        34.1960,
        -118.3170,
        "America/Los_Angeles",
        "Providence Saint Joseph Medical Center",
        "501 S Buena Vista St",
        "Burbank, CA 91505",
        "(818) 843-5111",
        "2244 N Buena Vista St",
        "Burbank, CA 91504",
    ),
    "pittsburgh": _p(
        "us",
        "31st Street Studios",
        "3100 Railroad St",
        "Pittsburgh, PA 15201",
        40.4620,
        -79.9760,
        "America/New_York",
        "UPMC Presbyterian",
        "200 Lothrop St",
        "Pittsburgh, PA 15213",
        "(412) 647-2345",
        "3000 Smallman St",
        "Pittsburgh, PA 15201",
    ),
    "wilmington": _p(
        "us",
        "Screen Gems Studios",
        "1223 N 23rd St",
        "Wilmington, NC 28405",
        34.2510,
        -77.9150,
        "America/New_York",
        "Novant Health New Hanover Regional Medical Center",
        "2131 S 17th St",
        "Wilmington, NC 28401",
        "(910) 667-7000",
        "2301 N 23rd St",
        "Wilmington, NC 28405",
    ),
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
        "W Park Ave",
        "Savannah, GA 31401",
    ),
    "leeds": _p(
        "uk",
        "Leeds Corn Exchange",
        "Call Ln",
        "Leeds LS1 7BR",
        53.7960,
        -1.5400,
        "Europe/London",
        "Leeds General Infirmary",
        "Great George St",
        "Leeds LS1 3EX",
        "0113 243 2799",
        "Crown Point Rd",
        "Leeds LS10 1EG",
    ),
    "capetown": _p(
        "za",
        "Bo-Kaap Museum",
        "71 Wale St",
        "Schotsche Kloof, Cape Town, 8001",
        -33.9210,
        18.4150,
        "Africa/Johannesburg",
        "Groote Schuur Hospital",
        "Main Rd",
        "Observatory, Cape Town, 7925",
        "021 404 9111",
        "Buitengracht St",
        "Cape Town City Centre, Cape Town, 8001",
    ),
}

WEEKDAYS = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "no": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "cs": ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"],
    "sk": ["pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
MONTHS = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
}


def wd(d: D, lang: str) -> str:
    return WEEKDAYS[lang][d.weekday()]


def month(d: D, lang: str) -> str:
    return MONTHS[lang].split()[d.month - 1]


def hm(hhmm: str, style: str) -> str:
    """A 24-hour 'HH:MM' as the family's sheets print it."""
    h, m, h12, ap = clock(hhmm)
    return {
        "h24": f"{h:02d}:{m:02d}",
        "h24_short": f"{h}:{m:02d}",  # Czech / Mexican "7:00"
        "dot": f"{h}.{m:02d}",  # Italian / Spanish "7.30"
        "dot0": f"{h:02d}.{m:02d}",  # Nordic "07.00"
        "mil": f"{h:02d}{m:02d}",  # "0730"
        "qc": f"{h}h{m:02d}",  # Quebec "7h00"
        "qc_space": f"{h} h {m:02d}",  # OQLF "7 h 30"
        "za": f"{h:02d}h{m:02d}",  # South African "06h30"
        "tv": f"{h12}:{m:02d}{ap[0]}",  # US TV "6:30A"
        "am": f"{h12}:{m:02d}{ap.lower()}",  # "7:30am"
    }[style]


_sheet = sheet_maker("fresh2")


def band(c: Canvas, x0: float, x1: float, y: float, title: str, size: float = 8) -> None:
    """A section heading between two rules, as form templates print them."""
    c.hline(x0, x1, y - size - 3, 0.8)
    c.text(x0 + 2, y, title, size, bold=True)
    c.hline(x0, x1, y + 3, 0.8)


# --- Spain "orden de rodaje" / Mexico "hoja de llamado": citaciones table, banded form ------


def _orden(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH2[key]
    mx = p.region == "mx"
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"]) + g.get("suffix", "")

    def make() -> bytes:
        c = Canvas("letter" if mx else "a4", g["font"])
        x1 = c.width - 36
        c.text(36, 44, title, 18, bold=True)
        c.text(36, 60, g["company"], 9)
        c.right(x1, 44, g["doc"], 12, bold=True)
        c.right(x1, 60, g["day_no"], 9)
        c.text(36, 84, g["date_label"], 9, bold=True)
        c.text(36 + 70, 84, g["date"], 11, bold=True)
        band(c, 36, x1, 110, "LLAMADOS" if mx else "CITACIONES")
        c.text(40, 126, "DEPARTAMENTO", 7, bold=True)
        c.text(260, 126, "HORA", 7, bold=True)
        c.text(340, 126, "LUGAR", 7, bold=True)
        rows = [
            ("Producción", add_minutes(call, -60), "Base"),
            (
                "Maquillaje y peinado" if mx else "Maquillaje y peluquería",
                add_minutes(call, -45),
                "Base",
            ),
            ("Vestuario", add_minutes(call, -30), "Base"),
            (g["call_row"], call, "Locación" if mx else "Set"),
            ("Primera toma" if mx else "Inicio de rodaje", add_minutes(call, 75), ""),
            ("Comida", add_minutes(call, 330), "Catering en base"),
            (
                "Fin de llamado (aprox.)" if mx else "Fin de jornada previsto",
                add_minutes(call, 600),
                "",
            ),
        ]
        y = 140
        for lab, v, where in rows:
            bold = lab == g["call_row"]
            c.text(40, y, lab, 9, bold=bold)
            c.text(260, y, t(v), 9, bold=bold)
            c.text(340, y, where, 9)
            c.hline(36, x1, y + 3, 0.2)
            y += 13
        y += 18
        band(c, 36, x1, y, "LOCACIÓN" if mx else "LOCALIZACIÓN")
        y += 16
        c.text(40, y, "Decorado:", 8, bold=True)
        c.text(120, y, g["decor"], 9)
        y += 13
        c.text(40, y, "Locación:" if mx else "Localización:", 8, bold=True)
        c.text(120, y, p.name, 9)
        y += 13
        c.text(40, y, "Dirección:", 8, bold=True)
        c.text(120, y, p.address, 9)
        y += 13
        c.text(40, y, "Base / parking:" if not mx else "Base / estacionamiento:", 8, bold=True)
        c.text(150 if mx else 120, y, p.base, 9)
        y += 28
        band(c, 36, x1, y, "SOL Y TIEMPO")
        y += 16
        rl, fl = g["sun_labels"]
        c.text(40, y, f"{rl} {t(rise)}   ·   {fl} {t(fall)}   ·   {g['weather']}", 9)
        y += 28
        band(c, 36, x1, y, "SEGURIDAD")
        y += 16
        c.text(40, y, "Hospital más cercano (Urgencias):", 8, bold=True)
        y += 12
        fit(c, 40, y, f"{p.hospital}, {p.hospital_address}. Tel. {p.hospital_phone}", 9, x1 - 76)
        y += 12
        c.text(40, y, f"Emergencias {'911' if mx else '112'}", 9)
        y += 28
        band(c, 36, x1, y, "PLAN DE RODAJE")
        y += 16
        c.text(
            40, y, "SEC.   DECORADO                         D/N    PÁG.    PERSONAJES", 7, bold=True
        )
        for k, sc in enumerate(g["scenes"]):
            c.text(40, y + 13 * (k + 1), sc, 8.5)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["decor"]])
    return _sheet(f"orden_{key}", "orden_rodaje", "Spanish/Mexican banded form", make, exp)


# --- Italy "ordine del giorno": convocazione bar across the page ---------------------------


def _odg(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH2[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas("a4", g["font"])
        w = c.width
        c.text(40, 40, g["company"], 8)
        c.right(w - 40, 40, f"ORDINE DEL GIORNO N. {g['n']}", 10, bold=True)
        head = g.get("head", title)
        c._font(head, 20, True, None)
        c.text((w - c.pdf.get_string_width(head)) / 2, 76, head, 20, bold=True)
        sub = g["sub"]
        c._font(sub, 9, False, None)
        c.text((w - c.pdf.get_string_width(sub)) / 2, 92, sub, 9)
        c.text(40, 116, g["date"], 11, bold=True)
        c.right(w - 40, 116, f"Giornata {g['n']} di {g['of']}", 10)
        c.box(40, 126, w - 80, 30, 1.2)
        bar = f"CONVOCAZIONE TROUPE SUL SET: ORE {t(call)}"
        c._font(bar, 14, True, None)
        c.text((w - c.pdf.get_string_width(bar)) / 2, 147, bar, 14, bold=True)
        y = 180
        c.text(40, y, "ORARI", 8, bold=True)
        rows = [
            ("Trucco, parrucco e costumi", add_minutes(call, -60)),
            ("Pronti a girare", add_minutes(call, 60)),
            ("Pausa pranzo", add_minutes(call, 300)),
            ("Fine lavorazione prevista", add_minutes(call, 600)),
        ]
        for k, (lab, v) in enumerate(rows):
            c.text(40, y + 14 * (k + 1), lab, 9)
            c.text(190, y + 14 * (k + 1), "ore " + t(v), 9)
        c.text(320, y, "LUCE E METEO", 8, bold=True)
        c.text(320, y + 14, f"Alba {t(rise)}  -  Tramonto {t(fall)}", 9)
        c.text(320, y + 28, g["weather"], 9)
        y = 270
        c.hline(40, w - 40, y - 12, 0.6)
        c.text(40, y, "SET", 8, bold=True)
        c.text(150, y, f"{p.name} - {g['ambiente']}", 9)
        c.text(150, y + 12, p.address, 9)
        c.text(40, y + 32, "CAMPO BASE", 8, bold=True)
        c.text(150, y + 32, p.base, 9)
        c.text(40, y + 52, "PRONTO SOCCORSO", 8, bold=True)
        c.text(150, y + 52, p.hospital, 9)
        c.text(150, y + 64, f"{p.hospital_address} - tel. {p.hospital_phone}", 9)
        y = 360
        c.hline(40, w - 40, y - 12, 0.6)
        c.text(
            40, y, "SC.   AMBIENTE                       I/E   G/N   PAG.   ATTORI", 8, bold=True
        )
        for k, sc in enumerate(g["scenes"]):
            c.text(40, y + 13 * (k + 1), sc, 9)
        y = 430
        c.text(40, y, "ATTORE               RUOLO          TRUCCO     SUL SET", 8, bold=True)
        for k, (actor, role) in enumerate(g["cast"]):
            line = (
                f"{actor:20} {role:14} {t(add_minutes(call, -60 + 15 * k)):10} "
                f"{t(add_minutes(call, 45 + 15 * k))}"
            )
            c.text(40, y + 13 * (k + 1), line, 9, family="mono")
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["ambiente"]])
    return _sheet(f"odg_{key}", "ordine_giorno", "Italian OdG, convocazione bar", make, exp)


# --- Nordic "dagsplan": time first, then what happens -------------------------------------


def _dagsplan(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH2[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas("a4", "helvetica")
        w = c.width
        c.text(40, 44, g["doc"], 9, bold=True)
        c.text(40, 66, title, 20, bold=True)
        c.text(40, 82, g["company"], 9)
        c.right(w - 40, 44, g["date"], 11, bold=True)
        c.right(w - 40, 60, g["day_no"], 9)
        side = w - 190
        c.box(side, 100, 150, 92)
        c.text(side + 6, 114, g["sun_head"], 8, bold=True)
        c.text(side + 6, 130, f"{g['rise']} {t(rise)}", 9)
        c.text(side + 6, 144, f"{g['set']} {t(fall)}", 9)
        c.text(side + 6, 162, g["weather"], 8)
        c.text(side + 6, 176, g["weather2"], 8)
        c.text(40, 112, g["plan_head"], 10, bold=True)
        y = 130
        for off, text in g["plan"]:
            c.text(40, y, t(add_minutes(call, off)), 10, bold=off == 0)
            c.text(90, y, text, 10, bold=off == 0)
            y += 15
        y += 14
        c.text(40, y, g["loc_head"], 10, bold=True)
        y += 16
        for lab, val in (
            (g["loc_label"], p.name),
            (g["addr_label"], p.address),
            (g["scene_label"], g["scene_place"]),
            (g["base_label"], p.base),
        ):
            c.text(40, y, lab, 9, bold=True)
            c.text(150, y, val, 9)
            y += 14
        y += 14
        c.text(40, y, g["scene_head"], 8, bold=True)
        for k, sc in enumerate(g["scenes"]):
            c.text(40, y + 13 * (k + 1), sc, 9)
        y += 13 * (len(g["scenes"]) + 1) + 20
        c.hline(40, w - 40, y - 12, 0.6)
        c.text(40, y, g["hosp_label"], 9, bold=True)
        c.text(40, y + 14, f"{p.hospital}, {p.hospital_address}, tel. {p.hospital_phone}", 9)
        c.text(40, y + 28, g["emergency"], 9)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["scene_place"]])
    return _sheet(f"dagsplan_{key}", "nordic_dagsplan", "Nordic time-first dagsplan", make, exp)


# --- Czech / Slovak "denní dispozice": several label: value pairs on one line --------------


def _dispozice(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH2[key]
    rise, fall = p.sun(day)
    L = g["labels"]

    def t(x: str) -> str:
        return hm(x, "h24_short")

    def make() -> bytes:
        c = Canvas("a4", "condensed")
        w = c.width
        c.text(40, 44, g["doc"], 10, bold=True)
        c.right(w - 40, 44, g["day_no"], 10)
        c.text(40, 70, title, 20, bold=True)
        c.text(40, 86, g["company"], 8.5)
        c.hline(40, w - 40, 96, 1)
        pairs1 = [
            (L["date"], g["date"]),
            (L["call"], t(call)),
            (L["start"], t(add_minutes(call, 60))),
            (L["lunch"], t(add_minutes(call, 330))),
            (L["end"], t(add_minutes(call, 660))),
        ]
        pairs2 = [
            (L["mask"], t(add_minutes(call, -60))),
            (L["rise"], t(rise)),
            (L["set"], t(fall)),
            (L["weather"], g["weather"]),
        ]
        for y, pairs in ((112, pairs1), (128, pairs2)):
            x = 40.0
            for lab, val in pairs:
                x += c.text(x, y, lab + ": ", 8.5, bold=True)
                x += c.text(x, y, val, 9.5, bold=lab == L["call"]) + 14
        c.hline(40, w - 40, 138, 1)
        y = 158
        for lab, val in (
            (L["motiv"], f"{p.name} - {g['motiv']}"),
            (L["addr"], p.address),
            (L["base"], p.base),
            (L["hosp"], f"{p.hospital}, {p.hospital_address}, tel. {p.hospital_phone}"),
        ):
            c.text(40, y, lab.upper() + ":", 8.5, bold=True)
            fit(c, 170, y, val, 9.5, w - 210)
            y += 16
        y += 16
        c.text(40, y, g["scene_head"], 8, bold=True)
        for k, sc in enumerate(g["scenes"]):
            c.text(40, y + 13 * (k + 1), sc, 9)
        y += 13 * (len(g["scenes"]) + 1) + 18
        c.text(40, y, g["note"], 8.5)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["motiv"]])
    return _sheet(f"dispozice_{key}", "cz_sk_dispozice", "Czech/Slovak inline pairs", make, exp)


CS_LABELS = {
    "date": "Datum",
    "call": "Sraz štábu",
    "start": "Začátek natáčení",
    "lunch": "Oběd",
    "end": "Konec",
    "mask": "Maska a kostýmy",
    "rise": "Východ slunce",
    "set": "Západ slunce",
    "weather": "Počasí",
    "motiv": "Motiv",
    "addr": "Adresa",
    "base": "Zázemí / parkování",
    "hosp": "Nejbližší nemocnice",
}
SK_LABELS = {
    "date": "Dátum",
    "call": "Zraz štábu",
    "start": "Začiatok nakrúcania",
    "lunch": "Obed",
    "end": "Koniec",
    "mask": "Maskérka a kostýmy",
    "rise": "Východ slnka",
    "set": "Západ slnka",
    "weather": "Počasie",
    "motiv": "Miesto nakrúcania",
    "addr": "Adresa",
    "base": "Základňa / parkovanie",
    "hosp": "Najbližšia nemocnica",
}


# --- Quebec bilingual: French label, value, English label on one row ----------------------


def _bilingue(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH2[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas("letter", "sans")
        w = c.width
        c.text(40, 40, "FEUILLE DE SERVICE / CALL SHEET", 9, bold=True)
        c.text(40, 62, title, 18, bold=True)
        c.text(40, 78, g["company"], 8.5)
        c.right(w - 40, 40, g["date_fr"], 10, bold=True)
        c.right(w - 40, 54, g["date_en"], 10)
        c.right(w - 40, 70, f"Jour de tournage {g['n']} de {g['of']}", 8.5)
        c.right(w - 40, 82, f"Shoot Day {g['n']} of {g['of']}", 8.5)
        rows = [
            ("Appel général", call, "General call"),
            ("Maquillage / coiffure", add_minutes(call, -45), "Hair / make-up"),
            ("Premier plan", add_minutes(call, 75), "First shot"),
            ("Dîner", add_minutes(call, 330), "Lunch"),
            ("Fin prévue", add_minutes(call, 660), "Est. wrap"),
            ("Lever du soleil", rise, "Sunrise"),
            ("Coucher du soleil", fall, "Sunset"),
        ]
        c.grid(40, 96, [170, 120, 170], [16] * len(rows))
        for k, (fr, v, en) in enumerate(rows):
            y = 96 + 16 * k + 11.5
            big = k == 0
            c.text(46, y, fr, 9, bold=big)
            c.text(216, y, t(v), 10 if big else 9, bold=big)
            c.text(336, y, en, 8.5, bold=big)
        y = 96 + 16 * len(rows) + 28
        blocks = [
            ("Lieu de tournage / Location", [p.name, p.street, p.city]),
            ("Décor / Set", [g["decor"]]),
            ("Stationnement / Parking", [p.base_street, p.base_city]),
            (
                "Hôpital le plus proche / Nearest hospital",
                [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
            ),
        ]
        col = [(40, y), (300, y), (40, y + 80), (300, y + 80)]
        for (lab, lines), (x, yy) in zip(blocks, col, strict=True):
            c.text(x, yy, lab, 8, bold=True)
            for n, ln in enumerate(lines):
                c.text(x, yy + 13 * (n + 1), ln, 9.5)
        y += 160
        c.text(
            40,
            y,
            "SC.  DÉCOR / SET                 J/N  D/N   PAGES   RÔLES / CAST",
            7.5,
            bold=True,
        )
        for k, sc in enumerate(g["scenes"]):
            c.text(40, y + 13 * (k + 1), sc, 9)
        y += 13 * (len(g["scenes"]) + 1) + 16
        c.text(40, y, "Urgence / Emergency : 911", 8.5)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["decor"]])
    return _sheet(f"bilingue_{key}", "bilingual_qc", "Quebec bilingual FR/EN rows", make, exp)


# --- US TV episodic: landscape, scenes first, numbered location key, hospital on page 2 ----


def _episodic(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH2[key]
    rise, fall = p.sun(day)
    nxt = day + dt.timedelta(days=3 if day.weekday() == 4 else 1)

    def t(x: str) -> str:
        return hm(x, "tv")

    def make() -> bytes:
        c = Canvas("letter", "helvetica", orientation="L")
        w = c.width
        c.text(30, 34, g["company"], 7)
        c.text(30, 54, title, 16, bold=True)
        c.text(30, 68, g["episode"], 8)
        c.text(30, 80, "Exec. Producers: D. Hale, R. Ortiz  |  Director: " + g["director"], 6)
        c.box(300, 24, 190, 62, 1)
        c.text(310, 44, "GENERAL CREW CALL:", 9, bold=True)
        c.text(420, 44, t(call), 13, bold=True)
        c.text(310, 62, "SHOOTING CALL:", 9, bold=True)
        c.text(420, 62, t(add_minutes(call, 60)), 13, bold=True)
        c.text(
            310,
            78,
            f"Breakfast {t(add_minutes(call, -30))}   Lunch {t(add_minutes(call, 360))}",
            6.5,
        )
        c.right(w - 30, 36, g["date"], 10, bold=True)
        c.right(w - 30, 50, g["day_no"], 8)
        c.right(w - 30, 64, f"SUNRISE {t(rise)}   SUNSET {t(fall)}", 7)
        c.right(w - 30, 76, g["weather"], 6.5)
        # scenes table first
        y = 100
        cols = [30, 60, 330, 400, 440, 480, 520]
        heads = ["SC", "SET / DESCRIPTION", "CAST", "D/N", "PGS", "LOC #", "NOTES"]
        c.grid(30, y, [30, 270, 70, 40, 40, 40, w - 60 - 490], [10] * (len(g["scenes"]) + 1))
        for x, h in zip(cols, heads, strict=True):
            c.text(x + 2, y + 7.5, h, 6, bold=True)
        for k, row in enumerate(g["scenes"]):
            for x, v in zip(cols, row, strict=True):
                c.text(x + 2, y + 10 * (k + 1) + 7.5, v, 6)
        y += 10 * (len(g["scenes"]) + 1) + 14
        c.text(30, y, "LOCATIONS", 7, bold=True)
        y += 4
        lw = [20, 170, 230, 200, w - 60 - 620]
        c.grid(30, y, lw, [10, 10, 10])
        lx = [30, 50, 220, 450, 650]
        lrows = [
            ["#", "LOCATION", "ADDRESS", "BASECAMP / CREW PARKING", "NOTES"],
            ["1", p.name + g["stage"], p.address, p.base, "Use gate 3"],
            [
                "2",
                g["loc2"][0],
                g["loc2"][1],
                "Same basecamp",
                "Company move ~" + t(add_minutes(call, 480)),
            ],
        ]
        for k, row in enumerate(lrows):
            for x, v in zip(lx, row, strict=True):
                fit(c, x + 2, y + 10 * k + 7.5, v, 6, 196, bold=k == 0)
        y += 44
        c.text(30, y, "CAST", 7, bold=True)
        y += 4
        cast_heads = ["#", "CAST", "CHARACTER", "STATUS", "PICKUP", "H/MU", "ON SET"]
        cx = [30, 50, 180, 300, 360, 420, 480]
        c.grid(30, y, [20, 130, 120, 60, 60, 60, 60], [10] * (len(g["cast"]) + 1))
        for x, h in zip(cx, cast_heads, strict=True):
            c.text(x + 2, y + 7.5, h, 6, bold=True)
        for k, (actor, role) in enumerate(g["cast"]):
            vals = [
                str(k + 1),
                actor,
                role,
                "W",
                t(add_minutes(call, -15 + 15 * k)),
                t(add_minutes(call, 15 * k)),
                t(add_minutes(call, 75 + 15 * k)),
            ]
            for x, v in zip(cx, vals, strict=True):
                c.text(x + 2, y + 10 * (k + 1) + 7.5, v, 6)
        y += 10 * (len(g["cast"]) + 1) + 16
        c.text(
            30, y, "NO FORCED CALLS WITHOUT UPM APPROVAL. NO VISITORS WITHOUT PRIOR APPROVAL.", 6
        )
        c.text(30, y + 9, "SAFETY / HOSPITAL INFO AND CREW LIST ON PAGE 2.", 6, bold=True)
        c.new_page()
        c.text(30, 34, f"{title}  -  {g['episode']}  -  page 2", 8, bold=True)
        c.text(30, 56, f"ADVANCE SCHEDULE - {nxt:%a}., {nxt:%b}. {nxt.day}", 7, bold=True)
        c.text(30, 66, f"Crew Call {t(add_minutes(call, 30))}  -  {g['advance']}", 6.5)
        c.text(30, 90, "CREW", 7, bold=True)
        crew = [
            ("UPM", "Joan Pratt", call),
            ("1st AD", "Marco Salas", add_minutes(call, -15)),
            ("2nd AD", "Kim Doyle", add_minutes(call, -30)),
            ("DP", "Ana Petrov", call),
            ("Gaffer", "Lou Baptiste", call),
            ("Key Grip", "Sam Ferro", call),
            ("Sound Mixer", "Ira Cole", add_minutes(call, 30)),
            ("Key Hair", "Tess Wynn", add_minutes(call, -45)),
            ("Key Make-up", "Dee Ochoa", add_minutes(call, -45)),
            ("Set Medic", "Rob Lyle", add_minutes(call, -30)),
        ]
        for k, (role, name, tm) in enumerate(crew):
            c.text(30, 100 + 9 * k, role, 6)
            c.text(110, 100 + 9 * k, name, 6)
            c.text(200, 100 + 9 * k, t(tm), 6)
        c.box(420, 84, w - 450, 70)
        c.text(428, 96, "SAFETY - NEAREST HOSPITAL (24 HR ER)", 7, bold=True)
        c.text(428, 108, p.hospital, 7)
        c.text(428, 118, p.hospital_address, 7)
        c.text(428, 128, p.hospital_phone, 7)
        c.text(428, 144, "In an emergency call 911 first, then notify the 1st AD.", 6)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["stage"].strip(" -")])
    return _sheet(f"episodic_{key}", "tv_episodic", "US TV episodic, landscape", make, exp)


# --- production-office email printed to PDF ------------------------------------------------


def _email(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH2[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas(g["page"], g["font"])
        y = 50.0
        for lab, val in g["headers"]:
            c.text(50, y, lab, 9.5, bold=True)
            c.text(110, y, val, 9.5)
            y += 13
        c.hline(50, c.width - 50, y - 4, 0.5)
        y += 16
        body = [
            line.format(
                call=t(call), rise=t(rise), fall=t(fall), dawn=t(add_minutes(rise, -25)), p=p
            )
            for line in g["body"]
        ]
        for line in body:
            c.text(50, y, line, 10)
            y += 14
        return c.output()

    exp = call_sheet(title, day, call, p)
    return _sheet(f"email_{key}", "office_email", "production office email", make, exp)


def sheets() -> list[Sheet]:
    return [
        _orden(
            "madrid",
            "LA ÚLTIMA VERBENA",
            D(2026, 4, 14),
            "08:00",
            {
                "font": "helvetica",
                "company": "Producciones Lumbre S.L.",
                "doc": "ORDEN DE RODAJE Nº 12",
                "day_no": "Jornada 12 de 30",
                "date_label": "FECHA:",
                "date": f"{wd(D(2026, 4, 14), 'es')}, 14 de abril de 2026",
                "time": "h24",
                "call_row": "Citación general equipo",
                "decor": "INT. PUESTO DE OSTRAS",
                "sun_labels": ("Salida del sol", "Puesta de sol"),
                "weather": "Nubes y claros, 11-22 °C",
                "scenes": (
                    "14     INT. PUESTO DE OSTRAS - DÍA          D      1 3/8   1, 3, 4",
                    "15     INT. PASILLO MERCADO - DÍA           D      0 6/8   1, 3",
                    "22     EXT. PLAZA - ATARDECER               D      1 1/8   1, 2",
                ),
            },
        ),
        _orden(
            "barcelona",
            "EL MERCAT",
            D(2026, 11, 6),
            "07:30",
            {
                "font": "sans",
                "company": "Cinema del Raval S.L.",
                "doc": "ORDEN DE RODAJE",
                "day_no": "Jornada 4 / 18",
                "date_label": "Día:",
                "date": f"{wd(D(2026, 11, 6), 'es').capitalize()} 6/11/26",
                "time": "dot",
                "suffix": " h",
                "call_row": "Citación equipo técnico",
                "decor": "INT. NAVE CENTRAL",
                "sun_labels": ("Amanecer", "Atardecer"),
                "weather": "Soleado, 12-19 °C",
                "scenes": (
                    "3      INT. NAVE CENTRAL - DÍA               D      2 0/8   1, 2",
                    "5      INT. PARADA DE PESCADO - DÍA          D      1 2/8   2, 5",
                ),
            },
        ),
        _orden(
            "cdmx",
            "AZOTEA",
            D(2026, 10, 22),
            "07:00",
            {
                "font": "condensed",
                "company": "Cine Tlacuache S.A. de C.V.",
                "doc": "HOJA DE LLAMADO #9",
                "day_no": "Día de rodaje 9 de 24",
                "date_label": "FECHA:",
                "date": f"{wd(D(2026, 10, 22), 'es').capitalize()} 22 de octubre de 2026",
                "time": "h24_short",
                "suffix": " hrs",
                "call_row": "Llamado general",
                "decor": "INT. CASA DE LUCÍA - SALA",
                "sun_labels": ("Amanecer", "Puesta de sol"),
                "weather": "Soleado por la mañana, lluvia por la tarde, 12-23 °C",
                "scenes": (
                    "31     INT. CASA DE LUCÍA - SALA - DÍA        D      2 1/8   1, 4",
                    "32     INT. CASA DE LUCÍA - PATIO - DÍA       D      0 7/8   1",
                ),
            },
        ),
        _odg(
            "roma",
            "LA CASA DEI VENTI",
            D(2026, 4, 16),
            "07:30",
            {
                "font": "serif",
                "company": "Vento Film S.r.l. - Viale Mazzini 112, Roma",
                "n": 15,
                "of": 40,
                "sub": "un film di Marta Ricci",
                "date": f"{wd(D(2026, 4, 16), 'it').capitalize()} 16 aprile 2026",
                "time": "dot",
                "weather": "Sereno, 11-21 °C",
                "ambiente": "INT. VILLINO / EXT. FONTANA",
                "scenes": (
                    "41    Villino - salotto              I     G     1 4/8   1, 2",
                    "42    Fontana delle Rane             E     G     0 6/8   1, 3",
                ),
                "cast": (("Giulia Serra", "Elena"), ("Paolo Neri", "Luca"), ("Anna Riva", "Nina")),
            },
        ),
        _odg(
            "torino",
            "IL GUARDIANO",
            D(2026, 6, 3),
            "08:00",
            {
                "font": "times",
                "company": "Subalpina Produzioni S.p.A.",
                "n": 22,
                "of": 35,
                "sub": "serie TV - episodi 3 e 4",
                "date": f"Data: 03/06/2026 ({wd(D(2026, 6, 3), 'it')})",
                "time": "h24",
                "weather": "Variabile, possibili rovesci, 16-27 °C",
                "ambiente": "INT. ASCENSORE / TERRAZZA PANORAMICA",
                "scenes": (
                    "3/12  Ascensore                      I     G     0 5/8   1",
                    "4/07  Terrazza panoramica            E     G     2 1/8   1, 2, 6",
                ),
                "cast": (("Marco Bellini", "Ettore"), ("Sara Conti", "Irene")),
            },
        ),
        _odg(
            "napoli",
            "VICOLI",
            D(2026, 10, 12),
            "06:45",
            {
                "font": "sans",
                "company": "Partenope Film S.r.l.",
                "n": 8,
                "of": 30,
                "head": "«VICOLI»",
                "sub": "lungometraggio - regia di Ciro Esposito",
                "date": f"{wd(D(2026, 10, 12), 'it')[:3]} 12.10.26",
                "time": "dot",
                "weather": "Poco nuvoloso, 17-24 °C",
                "ambiente": "INT. GALLERIA / EXT. INGRESSO VIA TOLEDO",
                "scenes": (
                    "17    Galleria - ottagono            I     G     1 0/8   1, 4",
                    "18    Ingresso via Toledo            E     G     1 3/8   1, 2",
                    "19    Galleria - caffè               I     G     0 4/8   2",
                ),
                "cast": (("Gennaro Russo", "Totò"), ("Lucia De Luca", "Carmela")),
            },
        ),
        _dagsplan(
            "stockholm",
            "MIDSOMMARNATT",
            D(2026, 6, 9),
            "07:00",
            {
                "doc": "DAGBESKED",
                "company": "Nordljus Film AB",
                "date": f"2026-06-09 ({wd(D(2026, 6, 9), 'sv')})",
                "day_no": "Inspelningsdag 7 av 22",
                "time": "dot0",
                "sun_head": "SOL & VÄDER",
                "rise": "Soluppgång",
                "set": "Solnedgång",
                "weather": "Halvklart, 13-21 °C",
                "weather2": "Vind 4 m/s",
                "plan_head": "TIDSPLAN",
                "plan": (
                    (-60, "Smink & kostym, skådespelare (basen)"),
                    (-15, "Frukost vid basen"),
                    (0, "Samling hela teamet vid inspelningsplatsen"),
                    (60, "Första tagning"),
                    (330, "Lunch"),
                    (630, "Beräknat slut"),
                ),
                "loc_head": "PLATS",
                "loc_label": "Inspelningsplats",
                "addr_label": "Adress",
                "scene_label": "Motiv",
                "scene_place": "INT. FOAJÉ och SALONGEN",
                "scene_head": "SCEN  MILJÖ                             D/N   SIDOR",
                "base_label": "Bas / parkering",
                "scenes": (
                    "12    INT. FOAJÉ                            D     1 2/8",
                    "13    INT. SALONGEN                         D     2 0/8",
                ),
                "hosp_label": "NÄRMASTE AKUTMOTTAGNING",
                "emergency": "Nödnummer 112",
            },
        ),
        _dagsplan(
            "kobenhavn",
            "SLAGTERENS DATTER",
            D(2026, 5, 12),
            "07:15",
            {
                "doc": "DAGSPLAN / CALLSHEET",
                "company": "Vesterbro Film ApS",
                "date": (
                    f"{wd(D(2026, 5, 12), 'da').capitalize()} d. 12. "
                    f"{month(D(2026, 5, 12), 'da')} 2026"
                ),
                "day_no": "Optagedag 3 af 19",
                "time": "dot0",
                "sun_head": "SOL / VEJR",
                "rise": "Solopgang",
                "set": "Solnedgang",
                "weather": "Let skyet, 9-16 °C",
                "weather2": "Vind 6 m/s fra vest",
                "plan_head": "TIDSPLAN",
                "plan": (
                    (-45, "Sminke og kostume"),
                    (0, "Mødetid hele holdet"),
                    (60, "Første optagelse"),
                    (315, "Frokost"),
                    (600, "Forventet slut"),
                ),
                "loc_head": "LOKATION",
                "loc_label": "Location",
                "addr_label": "Adresse",
                "scene_label": "Motiv",
                "scene_place": "INT. SLAGTERHAL / EXT. GÅRD",
                "scene_head": "SCENE MOTIV                             D/N   SIDER",
                "base_label": "Base / parkering",
                "scenes": (
                    "21    INT. SLAGTERHAL                       D     1 5/8",
                    "22    EXT. GÅRD                             D     0 6/8",
                ),
                "hosp_label": "NÆRMESTE SKADESTUE / AKUTMODTAGELSE",
                "emergency": "Alarm 112  -  Lægevagten 1813",
            },
        ),
        _dagsplan(
            "oslo",
            "ELVA",
            D(2026, 9, 17),
            "08:00",
            {
                "doc": "DAGSPLAN",
                "company": "Akerselva Film AS",
                "date": f"{wd(D(2026, 9, 17), 'no')[:3]}. 17.09.26",
                "day_no": "Opptaksdag 11/26",
                "time": "dot0",
                "sun_head": "SOL OG VÆR",
                "rise": "Soloppgang",
                "set": "Solnedgang",
                "weather": "Regnbyger, 8-14 °C",
                "weather2": "Ta med regntøy",
                "plan_head": "TIDSPLAN",
                "plan": (
                    (-60, "Sminke / kostyme"),
                    (-30, "Frokost på base"),
                    (0, "Oppmøte hele teamet"),
                    (75, "Første opptak"),
                    (330, "Lunsj"),
                    (600, "Antatt slutt"),
                ),
                "loc_head": "LOKASJON",
                "loc_label": "Opptakssted",
                "addr_label": "Adresse",
                "scene_label": "Motiv",
                "scene_place": "EXT. ELVEBREDDEN / INT. HALL",
                "scene_head": "SCENE MOTIV                             D/N   SIDER",
                "base_label": "Base / parkering",
                "scenes": (
                    "8     EXT. ELVEBREDDEN                      D     1 1/8",
                    "9     INT. HALL                             D     2 2/8",
                ),
                "hosp_label": "NÆRMESTE SYKEHUS / LEGEVAKT",
                "emergency": "Nødnummer 113 (ambulanse)",
            },
        ),
        _dispozice(
            "praha",
            "KRÁTKÁ NOC",
            D(2026, 3, 24),
            "07:00",
            {
                "doc": "DENNÍ DISPOZICE č. 12",
                "day_no": "Natáčecí den 12/30",
                "company": "Vltava Film s.r.o.",
                "labels": CS_LABELS,
                "date": f"{wd(D(2026, 3, 24), 'cs')} 24. 3. 2026",
                "weather": "oblačno, 4\u201312 °C",
                "motiv": "ateliér 4, byt Novákových",
                "scene_head": "OBR.   MOTIV                          D/N   STR.   POSTAVY",
                "scenes": (
                    "23     byt Novákových - kuchyň         D     1 3/8  1, 2",
                    "24     byt Novákových - pokoj          N     0 7/8  1",
                ),
                "note": "Parkování pouze na vyhrazeném parkovišti. Vstup na ateliér s visačkou.",
            },
        ),
        _dispozice(
            "brno",
            "SKLENĚNÝ DŮM",
            D(2026, 9, 3),
            "06:30",
            {
                "doc": "DENNÍ DISPOZICE",
                "day_no": "Natáčecí den 5 z 21",
                "company": "Morava Pictures a.s.",
                "labels": CS_LABELS,
                "date": f"3. {month(D(2026, 9, 3), 'cs')} 2026 ({wd(D(2026, 9, 3), 'cs')})",
                "weather": "jasno, 11\u201324 °C",
                "motiv": "onyxová stěna, zahrada",
                "scene_head": "OBR.   MOTIV                          D/N   STR.   POSTAVY",
                "scenes": (
                    "9      obývací prostor                 D     2 0/8  1, 3",
                    "10     zahrada                         D     1 1/8  3",
                ),
                "note": "Památka UNESCO: pohyb pouze v návlecích, žádné jídlo uvnitř vily.",
            },
        ),
        _dispozice(
            "bratislava",
            "ZRKADLOVÁ SIEŇ",
            D(2026, 10, 8),
            "07:30",
            {
                "doc": "DENNÁ DISPOZÍCIA",
                "day_no": "Nakrúcací deň 14/28",
                "company": "Dunaj Film s.r.o.",
                "labels": SK_LABELS,
                "date": f"{wd(D(2026, 10, 8), 'sk')} 8. 10. 2026",
                "weather": "zamračené, 8\u201315 °C",
                "motiv": "Zrkadlová sieň",
                "scene_head": "OBR.   MIESTO                         D/N   STR.   POSTAVY",
                "scenes": (
                    "44     Zrkadlová sieň - recepcia        D     2 4/8  1, 2, 5",
                    "45     nádvorie                        D     0 5/8  2",
                ),
                "note": "Parkovanie techniky na Uršulínskej od 6:00, povolenie na tabuli za oknom.",
            },
        ),
        _bilingue(
            "montreal",
            "LES HIVERS DE MAUDE",
            D(2026, 4, 15),
            "07:00",
            {
                "company": "Productions Boréales inc.",
                "date_fr": f"{wd(D(2026, 4, 15), 'fr')} 15 avril 2026",
                "date_en": "Wednesday, April 15, 2026",
                "n": 6,
                "of": 21,
                "time": "qc",
                "decor": "EXT. MARCHÉ - ALLÉE CENTRALE",
                "scenes": (
                    "12   EXT. MARCHÉ - ALLÉE CENTRALE   J   D     1 4/8   1, 3",
                    "13   INT. FROMAGERIE                J   D     0 7/8   1, 2",
                ),
            },
        ),
        _bilingue(
            "quebec",
            "LA TERRASSE",
            D(2026, 9, 24),
            "07:30",
            {
                "company": "Films Cap-Diamant inc.",
                "date_fr": "Date : 2026-09-24",
                "date_en": f"({wd(D(2026, 9, 24), 'fr')} / Thursday)",
                "n": 14,
                "of": 25,
                "time": "qc_space",
                "decor": "INT. HALL D'ENTRÉE / EXT. TERRASSE DUFFERIN",
                "scenes": (
                    "40   INT. HALL D'ENTRÉE             J   D     1 1/8   2",
                    "41   EXT. TERRASSE DUFFERIN         J   D     2 2/8   1, 2, 4",
                ),
            },
        ),
        _bilingue(
            "gatineau",
            "RIVIÈRE DES OUTAOUAIS",
            D(2026, 11, 2),
            "06:45",
            {
                "company": "Outaouais Médias inc.",
                "date_fr": f"le {wd(D(2026, 11, 2), 'fr')} 2 novembre 2026",
                "date_en": "Monday, November 2, 2026",
                "n": 3,
                "of": 12,
                "time": "h24",
                "decor": "INT. GRANDE GALERIE",
                "scenes": (
                    "5    INT. GRANDE GALERIE            J   D     2 5/8   1, 2",
                    "6    INT. BUREAU DU CONSERVATEUR    J   D     1 0/8   1",
                ),
            },
        ),
        _episodic(
            "burbank",
            "HARBOR COUNTY",
            D(2026, 3, 2),
            "06:30",
            {
                "company": "Stonebridge Television / 4000 Warner Blvd, Bldg 160, Burbank, CA 91522",
                "episode": 'Episode #205 "The Long Night"',
                "director": "Nia Grant",
                "date": "MONDAY, MARCH 2, 2026",
                "day_no": "Day 4 of 8",
                "weather": "Partly cloudy  H 68°  L 51°",
                "stage": "",
                "loc2": ("Olive Recreation Center", "1111 W Olive Ave, Burbank, CA 91506"),
                "advance": "Olive Recreation Center (Sc 28, 29, 31)",
                "scenes": (
                    (
                        "12",
                        "EXT. PARK - PLAYGROUND  Kate finds the bike",
                        "1, 4",
                        "D3",
                        "1 2/8",
                        "1",
                        "",
                    ),
                    (
                        "13",
                        "EXT. PARK - PARKING LOT  Cruiser arrives",
                        "1, 2",
                        "D3",
                        "0 5/8",
                        "1",
                        "Picture car",
                    ),
                    (
                        "17",
                        "EXT. PARK - BALL FIELD  Search line",
                        "1, 2, 6",
                        "D3",
                        "2 1/8",
                        "1",
                        "BG 25",
                    ),
                    (
                        "22",
                        "INT. REC CENTER - GYM  Town meeting",
                        "1, 3, 5",
                        "D3",
                        "1 6/8",
                        "2",
                        "BG 40",
                    ),
                ),
                "cast": (
                    ("Laura Kim", "Kate Mercer"),
                    ("Dev Shah", "Deputy Ross"),
                    ("Ty Beck", "Coach"),
                ),
            },
        ),
        _episodic(
            "pittsburgh",
            "STEEL CITY BLUES",
            D(2026, 11, 16),
            "07:00",
            {
                "company": "Three Rivers Entertainment LLC",
                "episode": 'Episode 103 "Overtime"',
                "director": "Paul Adair",
                "date": "Mon., Nov. 16, 2026",
                "day_no": "Shoot Day 6 of 9",
                "weather": "Overcast  H 45°  L 34°  20% rain",
                "stage": " - Stage 2",
                "loc2": ("Arsenal Park", "250 40th St, Pittsburgh, PA 15201"),
                "advance": "Stage 2 (Sc 40-44)",
                "scenes": (
                    (
                        "31",
                        "INT. PRECINCT - SQUAD ROOM  Briefing",
                        "1, 2, 3",
                        "D2",
                        "2 3/8",
                        "1",
                        "",
                    ),
                    (
                        "33",
                        "INT. PRECINCT - INTERVIEW  Frank cracks",
                        "2, 7",
                        "D2",
                        "1 4/8",
                        "1",
                        "",
                    ),
                    (
                        "36",
                        "EXT. ARSENAL PARK - NIGHT  Stakeout",
                        "1, 2",
                        "N2",
                        "1 1/8",
                        "2",
                        "Rain tower",
                    ),
                ),
                "cast": (("Mike Doran", "Det. Frank Lutz"), ("Gina Hall", "Sgt. Ames")),
            },
        ),
        _episodic(
            "wilmington",
            "TIDEWATER",
            D(2026, 7, 14),
            "06:00",
            {
                "company": "Cape Fear Pictures, Inc.",
                "episode": 'Ep. 2x07 "Low Water"',
                "director": "Rae Holm",
                "date": "TUESDAY 7/14/26",
                "day_no": "Day 2 of 8",
                "weather": "Hot, humid  H 91°  L 75°  T-storms after 4P",
                "stage": " - Stage 10",
                "loc2": ("Airlie Gardens", "300 Airlie Rd, Wilmington, NC 28403"),
                "advance": "Airlie Gardens (Sc 15, 16)",
                "scenes": (
                    ("4", "INT. BAIT SHOP  Jody opens up", "1, 5", "D1", "1 7/8", "1", ""),
                    ("6", "INT. BAIT SHOP - BACK ROOM  The ledger", "1, 3", "D1", "1 0/8", "1", ""),
                    (
                        "9",
                        "EXT. GARDENS - OAK  The meeting",
                        "1, 2",
                        "D1",
                        "2 0/8",
                        "2",
                        "Heat plan",
                    ),
                ),
                "cast": (("Jess Moreau", "Jody"), ("Cal Price", "Wade"), ("Lena Ortiz", "Mae")),
            },
        ),
        _email(
            "savannah",
            "DRY CREEK",
            D(2026, 3, 10),
            "07:30",
            {
                "page": "letter",
                "font": "helvetica",
                "time": "am",
                "headers": (
                    ("From:", "Ellie Park <office@hollowpinefilms.com>"),
                    ("Sent:", "Monday, March 9, 2026 4:12 PM"),
                    ("To:", "drycreek-crew@hollowpinefilms.com"),
                    ("Subject:", "Call info for tomorrow - Day 3 - DRY CREEK"),
                ),
                "body": (
                    "Hi all,",
                    "",
                    "Here's everything for tomorrow, Tuesday March 10 - Day 3 of 15 on DRY CREEK.",
                    "",
                    "Crew call is {call} at set. Hair/makeup and wardrobe are pre-called at 6:45am",
                    "at basecamp; shooting call 8:30am, lunch around 1:30pm.",
                    "",
                    "Set: {p.name}, {p.street}, {p.city}",
                    "Basecamp / crew parking: Forsyth Park south lot, {p.base}",
                    "(please don't park on Bull St - residents only).",
                    "",
                    "Sunrise {rise}, sunset {fall}. Forecast 62-78, dry.",
                    "",
                    "Nearest ER: {p.hospital},",
                    "{p.hospital_address}, {p.hospital_phone}.",
                    "",
                    "Sides and the full call sheet PDF are on the portal. Reply with any issues.",
                    "",
                    "Thanks,",
                    "Ellie Park",
                    "Production Coordinator, Hollow Pine Films",
                ),
            },
        ),
        _email(
            "leeds",
            "BARLEY & BRASS",
            D(2026, 10, 15),
            "08:00",
            {
                "page": "a4",
                "font": "sans",
                "time": "mil",
                "headers": (
                    ("From:", "Production Office <po@barleybrass.tv>"),
                    ("Date:", "Wed 14 Oct 2026 at 17:52"),
                    ("To:", "Unit list"),
                    ("Subject:", "BARLEY & BRASS - Call details Thu 15/10/26 - Day 12 of 30"),
                ),
                "body": (
                    "Evening all,",
                    "",
                    "Details for tomorrow, Thursday 15th October (Day 12 of 30):",
                    "",
                    "- Crew call {call} on set (breakfast from 0715 at base)",
                    "- Cast: see individual calls on the attached sheet",
                    "- Set: {p.name}, {p.street}, {p.city}",
                    "- Base & parking: {p.base}",
                    "- Sunrise {rise} / sunset {fall}",
                    "- Nearest A&E: {p.hospital}, {p.hospital_address} ({p.hospital_phone})",
                    "",
                    "Reminder: the Corn Exchange opens to the public at 1000, so keep",
                    "kit on the lower floor and walkways clear.",
                    "",
                    "Cheers,",
                    "Production Office",
                ),
            },
        ),
        _email(
            "capetown",
            "SEA POINT STORIES",
            D(2026, 2, 18),
            "06:30",
            {
                "page": "a4",
                "font": "serif",
                "time": "za",
                "headers": (
                    ("From:", "Fynbos Pictures <production@fynbospictures.co.za>"),
                    ("Sent:", "2026/02/17 18:05"),
                    ("To:", "crew@fynbospictures.co.za"),
                    ("Subject:", "CALL SHEET | SEA POINT STORIES | Day 5 | Wed 18 Feb 2026"),
                ),
                "body": (
                    "Hi team,",
                    "",
                    "Tomorrow, Wednesday 18 February 2026, is Day 5 of 20.",
                    "",
                    "CREW CALL: {call} at the unit base, walk to set together.",
                    "Make-up and wardrobe call: 05h45.",
                    "",
                    "SET: {p.name}, {p.street}, {p.city}",
                    "UNIT BASE: {p.base}",
                    "",
                    "First light {dawn}, sunrise {rise}, sunset {fall}. Wind SE 25 km/h.",
                    "",
                    "HOSPITAL: {p.hospital}, {p.hospital_address} - tel {p.hospital_phone}",
                    "Emergency: 10177 (ambulance) / 112 from a cellphone.",
                    "",
                    "Please bring water and sunblock.",
                    "Shani, Production Manager",
                ),
            },
        ),
    ]
