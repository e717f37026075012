"""Fifty-eighth held-out set: call sheets from Romance-language continental Europe and Quebec /
Brazil in shapes the corpus lacks, in towns not yet in the corpus (`fresh57_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh57"). Typed two-page French TV-series "FdS" with a CONVOCATIONS table per
department, "RDV équipe" and "Prêt à tourner" on page 1 and the hospital on page 2 (Saint-Malo,
Besançon, Annecy); Québécois "feuilles de route" with "Appel général", "déjeuner" / "dîner"
for breakfast / lunch and "7 h 30" times (Baie-Saint-Paul, Saint-Hyacinthe, Drummondville);
Italian ordini del giorno with a two-row grid of "Convocazione troupe", "Pronti a girare" and
"h 7.30" times over a "Pronto soccorso" row (Mantova, Orvieto, Urbino); Spanish and Catalan
"hojas de citaciones" / "fulls de citacions" with a column of citations beside the location
blocks (Segovia, Cáceres, Figueres); Portuguese "folha de serviço" and Brazilian "ordem do dia"
with a big "Chamada" box and a cronograma (Évora, Tiradentes, Olinda) and Romanian landscape "foi
de chemare" in three columns (Sighișoara, Alba Iulia, Suceava). Three near misses, all `other`:
a Holy Week brotherhood's procession summons, a wine estate's grape-harvest crew plan and a
blood-donor association's volunteer rota for a blood drive.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.corpus.draw import Canvas, black, centre
from tests.corpus.formats import add_minutes
from tests.corpus.fresh_common import (
    clock,
    date_or,
    fill,
    grey_text,
    head_table,
    hospital_lines,
    label_rows,
    page,
    paragraphs,
    ruled_cells,
    sheet_maker,
    time_or,
    timed_rows,
    titled_notes,
)
from tests.corpus.fresh_skeletons import (
    ES_MON,
    ES_WD,
    FR_MON,
    FR_WD,
    PT_MON,
    PT_WD,
    Day,
    family,
    family_tables,
    footer,
    near_misses,
    notice,
    offset_times,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date

P: dict[str, Place] = {
    # (1) French TV-series two-page FdS: Saint-Malo, Besançon, Annecy
    "stvincent": _p(
        "fr",
        "Cathédrale Saint-Vincent",
        "Place Jean de Châtillon",
        "35400 Saint-Malo",
        48.6490,
        -2.0250,
        "Europe/Paris",
        "Centre hospitalier de Saint-Malo (Hôpital Broussais)",
        "1 rue de la Marne",
        "35400 Saint-Malo",
        "02 99 21 21 21",
        "Parking du Naye, quai du Naye",
        "35400 Saint-Malo",
    ),
    "citadelle": _p(
        "fr",
        "Citadelle de Besançon",
        "99 rue des Fusillés de la Résistance",
        "25000 Besançon",
        47.2310,
        6.0320,
        "Europe/Paris",
        "CHU Jean Minjoz",
        "3 boulevard Alexandre Fleming",
        "25000 Besançon",
        "03 81 66 81 66",
        "Parking Rivotte, rue de Rivotte",
        "25000 Besançon",
    ),
    "isle": _p(
        "fr",
        "Palais de l'Isle",
        "3 passage de l'Île",
        "74000 Annecy",
        45.8980,
        6.1260,
        "Europe/Paris",
        "Centre hospitalier Annecy Genevois",
        "1 avenue de l'Hôpital",
        "74370 Épagny Metz-Tessy",
        "04 50 63 63 63",
        "Parking Sainte-Claire, faubourg Sainte-Claire",
        "74000 Annecy",
    ),
    # (2) Québécois feuilles de route: Baie-Saint-Paul, Saint-Hyacinthe, Drummondville
    "macbsp": _p(
        "qc",
        "Musée d'art contemporain de Baie-Saint-Paul",
        "23 rue Ambroise-Fafard",
        "Baie-Saint-Paul (Québec) G3Z 2J2",
        47.4410,
        -70.4980,
        "America/Toronto",
        "Hôpital de Baie-Saint-Paul",
        "74 rue Ambroise-Fafard",
        "Baie-Saint-Paul (Québec) G3Z 2J6",
        "418 435-5150",
        "Stationnement de l'aréna, rue Forget",
        "Baie-Saint-Paul (Québec) G3Z 1T5",
    ),
    "girouard": _p(
        "qc",
        "Cathédrale de Saint-Hyacinthe",
        "1900 rue Girouard Ouest",
        "Saint-Hyacinthe (Québec) J2S 2Y8",
        45.6260,
        -72.9570,
        "America/Toronto",
        "Hôpital Honoré-Mercier",
        "2750 boulevard Laframboise",
        "Saint-Hyacinthe (Québec) J2S 4Y8",
        "450 771-3333",
        "Stationnement du marché, avenue Saint-Simon",
        "Saint-Hyacinthe (Québec) J2S 5C3",
    ),
    "antan": _p(
        "qc",
        "Village Québécois d'Antan",
        "1425 rue Montplaisir",
        "Drummondville (Québec) J2C 0M2",
        45.8700,
        -72.4740,
        "America/Toronto",
        "Hôpital Sainte-Croix",
        "570 rue Hériot",
        "Drummondville (Québec) J2B 1C1",
        "819 478-6464",
        "Stationnement P3 du Village, rue Montplaisir",
        "Drummondville (Québec) J2C 0M2",
    ),
    # (3) Italian ordini del giorno: Mantova, Orvieto, Urbino
    "palazzote": _p(
        "it",
        "Palazzo Te",
        "Viale Te 13",
        "46100 Mantova MN",
        45.1480,
        10.7920,
        "Europe/Rome",
        "Ospedale Carlo Poma",
        "Strada Lago Paiolo 10",
        "46100 Mantova MN",
        "0376 2011",
        "Parcheggio Te, Viale Isonzo",
        "46100 Mantova MN",
    ),
    "pozzo": _p(
        "it",
        "Pozzo di San Patrizio",
        "Piazza Cahen 5B",
        "05018 Orvieto TR",
        42.7220,
        12.1180,
        "Europe/Rome",
        "Ospedale Santa Maria della Stella",
        "Località Ciconia",
        "05018 Orvieto TR",
        "0763 3071",
        "Parcheggio Funicolare, Piazza della Pace",
        "05018 Orvieto Scalo TR",
    ),
    "ducale": _p(
        "it",
        "Palazzo Ducale di Urbino",
        "Piazza Rinascimento 13",
        "61029 Urbino PU",
        43.7240,
        12.6370,
        "Europe/Rome",
        "Ospedale Santa Maria della Misericordia",
        "Viale Comandino 70",
        "61029 Urbino PU",
        "0722 3011",
        "Parcheggio Borgo Mercatale, Via Mazzini",
        "61029 Urbino PU",
    ),
    # (4) Spanish / Catalan hojas de citaciones: Segovia, Cáceres, Figueres
    "alcazar": _p(
        "es",
        "Alcázar de Segovia",
        "Plaza Reina Victoria Eugenia s/n",
        "40003 Segovia",
        40.9520,
        -4.1320,
        "Europe/Madrid",
        "Hospital General de Segovia",
        "Calle Luis Erik Clavería Neurólogo s/n",
        "40002 Segovia",
        "921 419 100",
        "Aparcamiento Padre Claret, Paseo del Salón",
        "40001 Segovia",
    ),
    "carvajal": _p(
        "es",
        "Palacio de Carvajal",
        "Calle Amargura 1",
        "10003 Cáceres",
        39.4750,
        -6.3710,
        "Europe/Madrid",
        "Hospital Universitario de Cáceres",
        "Avenida Pablo Naranjo Porras s/n",
        "10004 Cáceres",
        "927 256 200",
        "Aparcamiento Obispo Galarza, Calle Obispo Galarza",
        "10003 Cáceres",
    ),
    "dali": _p(
        "es",
        "Teatre-Museu Dalí",
        "Plaça Gala i Salvador Dalí 5",
        "17600 Figueres",
        42.2680,
        2.9590,
        "Europe/Madrid",
        "Hospital de Figueres",
        "Ronda del Rector Arolas s/n",
        "17600 Figueres",
        "972 501 400",
        "Aparcament del Rec Arnau, carrer del Rec Arnau",
        "17600 Figueres",
    ),
    # (5) Portuguese folha de serviço / Brazilian ordem do dia: Évora, Tiradentes, Olinda
    "templo": _p(
        "pt",
        "Templo Romano de Évora",
        "Largo do Conde de Vila Flor",
        "7000-804 Évora",
        38.5730,
        -7.9070,
        "Europe/Lisbon",
        "Hospital do Espírito Santo de Évora",
        "Largo Senhor da Pobreza",
        "7000-811 Évora",
        "266 740 100",
        "Parque do Rossio de São Brás, Rossio de São Brás",
        "7000-640 Évora",
    ),
    "toledo": _p(
        "br",
        "Museu Casa do Padre Toledo",
        "Rua Padre Toledo 190",
        "Tiradentes - MG, 36325-000",
        -21.1100,
        -44.1780,
        "America/Sao_Paulo",
        "Santa Casa de Misericórdia de São João del-Rei",
        "Rua Padre José Maria Xavier 250",
        "São João del-Rei - MG, 36300-000",
        "(32) 3379-2800",
        "Largo das Forras",
        "Tiradentes - MG, 36325-000",
    ),
    "saobento": _p(
        "br",
        "Mosteiro de São Bento de Olinda",
        "Rua de São Bento s/n",
        "Olinda - PE, 53020-080",
        -8.0140,
        -34.8540,
        "America/Recife",
        "Hospital da Restauração",
        "Avenida Governador Agamenon Magalhães s/n",
        "Recife - PE, 52171-010",
        "(81) 3181-5400",
        "Estacionamento do Varadouro, Rua do Sol",
        "Olinda - PE, 53020-180",
    ),
    # (6) Romanian landscape foi de chemare: Sighișoara, Alba Iulia, Suceava
    "turnul": _p(
        "ro",
        "Turnul cu Ceas",
        "Piața Muzeului 1",
        "545400 Sighișoara",
        46.2180,
        24.7920,
        "Europe/Bucharest",
        "Spitalul Municipal Sighișoara",
        "Strada Zaharia Boiu 40",
        "545400 Sighișoara",
        "0265 771 180",
        "Parcarea Cetății, Strada Hermann Oberth",
        "545400 Sighișoara",
    ),
    "carolina": _p(
        "ro",
        "Cetatea Alba Carolina",
        "Strada Mihai Viteazul 16",
        "510010 Alba Iulia",
        46.0680,
        23.5700,
        "Europe/Bucharest",
        "Spitalul Județean de Urgență Alba Iulia",
        "Bulevardul Revoluției 1989 nr. 23",
        "510007 Alba Iulia",
        "0258 820 845",
        "Parcarea Porții a III-a, Strada Militarilor",
        "510010 Alba Iulia",
    ),
    "scaun": _p(
        "ro",
        "Cetatea de Scaun a Sucevei",
        "Strada Cetății 1",
        "720001 Suceava",
        47.6460,
        26.2710,
        "Europe/Bucharest",
        "Spitalul Clinic Județean de Urgență Sfântul Ioan cel Nou",
        "Bulevardul 1 Decembrie 1918 nr. 21",
        "720237 Suceava",
        "0230 222 098",
        "Parcarea Parcului Șipote, Strada Parcului",
        "720001 Suceava",
    ),
}

IT_WD = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_MON = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto"]
IT_MON += ["settembre", "ottobre", "novembre", "dicembre"]
CA_WD = ["dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"]
CA_MON = ["de gener", "de febrer", "de març", "d'abril", "de maig", "de juny", "de juliol"]
CA_MON += ["d'agost", "de setembre", "d'octubre", "de novembre", "de desembre"]
RO_WD = ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"]
RO_MON = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august"]
RO_MON += ["septembrie", "octombrie", "noiembrie", "decembrie"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, _, _ = clock(hhmm)
    forms = {
        "fr": f"{h}h{m:02d}",  # "7h30"
        "qc": f"{h} h {m:02d}",  # "7 h 30" (OQLF)
        "it_h": f"h {h}.{m:02d}",  # "h 7.30"
        "it_ore": f"ore {h}:{m:02d}",  # "ore 7:30"
        "it_dot": f"{h}.{m:02d}",  # "7.30"
        "es": f"{h:02d}:{m:02d} h",  # "07:30 h"
        "ca": f"{h}.{m:02d} h",  # "7.30 h"
        "br": f"{h:02d}h{m:02d}",  # "07h30"
        "pt": f"{h:02d}:{m:02d}",  # "07:30"
        "ro": f"{h}:{m:02d}",  # "7:30"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    wd, mi = d.weekday(), d.month - 1
    forms = {
        "fr": f"{FR_WD[wd]} {d.day} {FR_MON[mi]} {d.year}",  # "jeudi 14 janvier 2027"
        "fr_caps": f"{FR_WD[wd]} {d.day} {FR_MON[mi]} {d.year}".upper(),
        "fr_num": f"{FR_WD[wd].capitalize()} {d:%d/%m/%Y}",  # "Jeudi 14/01/2027"
        "qc": f"{FR_WD[wd]} {d.day} {FR_MON[mi]} {d.year}",
        "qc_iso": f"{FR_WD[wd].capitalize()} {d.isoformat()}",  # "Mardi 2027-01-12"
        "it": f"{IT_WD[wd]} {d.day} {IT_MON[mi]} {d.year}",  # "giovedì 14 gennaio 2027"
        "it_num": f"{d:%d/%m/%Y}",  # "14/01/2027"
        "it_short": f"{IT_WD[wd][:3]} {d:%d.%m.%Y}",  # "gio 14.01.2027"
        "es": f"{ES_WD[wd]}, {d.day} de {ES_MON[mi]} de {d.year}",  # "jueves, 14 de enero de"
        "es_num": f"{ES_WD[wd].capitalize()} {d:%d/%m/%Y}",  # "Jueves 14/01/2027"
        "ca": f"{CA_WD[wd]}, {d.day} {CA_MON[mi]} de {d.year}",  # "dijous, 14 de gener de"
        "pt": f"{PT_WD[wd]}, {d.day} de {PT_MON[mi]} de {d.year}",  # "quinta-feira, 14 de ..."
        "br_num": f"{d:%d/%m/%Y} ({PT_WD[wd]})",  # "14/01/2027 (quinta-feira)"
        "ro": f"{RO_WD[wd]}, {d.day} {RO_MON[mi]} {d.year}",  # "joi, 14 ianuarie 2027"
        "ro_num": f"{RO_WD[wd].capitalize()}, {d:%d.%m.%Y}",  # "Joi, 14.01.2027"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh57")
_table = partial(head_table, size=7.5, lead=12)
_family = partial(family, _sheet, P)
_day_tables = partial(family_tables, _table, hm)
_timed = partial(offset_times, hm)


def _white(c: Canvas) -> None:
    c.pdf.set_text_color(255, 255, 255)


# --- (1) French TV-series FdS typed on two pages: CONVOCATIONS per department, RDV, PAT ------


@_family(
    "fr_fds_two_page",
    "French TV-series feuille de service typed on two A4 pages: company and office, 'FdS "
    "n° 23' and the episodes right; the title, the kind of series, 'FEUILLE DE SERVICE DU "
    "JEUDI 14 JANVIER 2027' with 'Jour 14/42'; ruled label rows RDV équipe with its place, "
    "Prêt à tourner, Cantine, Fin de journée prévue, sun, météo; DÉCOR and Parking "
    "technique; a ruled CONVOCATIONS table per department (DÉPARTEMENT, NOMS, CONVOCATION, "
    "LIEU); page 2: séquences, comédiens (pick-up, HMC, PAT), SÉCURITÉ - URGENCES with the "
    "nearest hospital, notes",
    name="fds_{key}",
)
def _fds(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", g["font"], margin=42.0)
    w = right - x0
    c.text(x0, 44, g["company"], 9, bold=True)
    grey_text(c, x0, 54, g["office"], 7)
    c.right(right, 46, f"FdS n° {g['n']}", 14, bold=True)
    c.right(right, 58, g["episodes"], 8)
    c.hline(x0, right, 66, 0.8)
    c.text(x0, 92, title, 18, bold=True)
    c.text(x0, 106, g["kind"], 8.5)
    c.text(x0, 130, f"FEUILLE DE SERVICE DU {day_text(day, g['date_style'])}", 11, bold=True)
    c.right(right, 130, g["day_n"], 10, bold=True)
    y = 146.0
    if "sent" in g:
        # HARD: the evening the FdS was sent, a date before the day it plans
        grey_text(c, x0, y, g["sent"], 7.5, 90)
        y += 12
    rows = [
        ("RDV équipe", f"{hm(call, t)}  {g['rdv']}"),
        ("Prêt à tourner", hm(add_minutes(call, g["pat"]), t)),
        ("Cantine", f"{hm(add_minutes(call, g['cantine']), t)}  {g['cantine_where']}"),
        ("Fin de journée prévue", hm(add_minutes(call, g["fin"]), t)),
        ("Lever / coucher du soleil", f"{hm(rise, t)} / {hm(fall, t)}"),
        ("Météo", g["weather"]),
    ]
    y = label_rows(c, x0, y + 8, right, rows, 9, 140, 14, rule_drop=4) + 6
    c.text(x0, y, "DÉCOR", 9, bold=True)
    y = paragraphs(c, x0 + 140, y, [g["set"], p.name, p.address], 9, w - 140, 12) + 2
    c.text(x0, y, "Parking technique", 9, bold=True)
    y = paragraphs(c, x0 + 140, y, [p.base_street, p.base_city], 9, w - 140, 12) + 10
    c.text(x0, y, "CONVOCATIONS", 10, bold=True)
    conv = [(d, n, hm(add_minutes(call, o), t), where) for d, n, o, where in g["conv"]]
    heads = ["DÉPARTEMENT", "NOMS", "CONVOCATION", "LIEU"]
    _table(c, x0, y + 16, heads, [0, 100, 290, 370], conv, right, ruled=True)
    footer(c, f"{g['footer']}  ·  page 1/2", x0)
    c.new_page()
    c.text(x0, 44, f"{title}  -  FdS n° {g['n']} (suite)", 9, bold=True)
    c.right(right, 44, day_text(day, g["date_style"]), 9)
    c.hline(x0, right, 52, 0.6)
    y = _day_tables(
        c,
        x0,
        74,
        right,
        spec,
        scenes=(
            ["SÉQ.", "DÉCOR / EFFET / RÉSUMÉ", "J/N", "PAGES", "RÔLES"],
            [0, 36, 300, 340, 390],
        ),
        cast=(["RÔLE", "COMÉDIEN(NE)", "PICK-UP", "HMC", "PAT"], [0, 110, 240, 320, 400]),
        steps=[-90, -70, 0],
    )
    c.text(x0, y + 4, "SÉCURITÉ - URGENCES", 9, bold=True)
    lines = [
        f"Hôpital le plus proche : {p.hospital}",
        f"{p.hospital_street}, {p.hospital_city}  ·  Tél. {p.hospital_phone}",
        "SAMU 15  ·  Pompiers 18  ·  Urgences européennes 112",
        g["safety"],
    ]
    y = paragraphs(c, x0, y + 18, lines, 8.5, w, 11.5)
    titled_notes(c, x0, y + 10, "NOTES", 9, g["notes"], 8, w, 11)
    footer(c, f"{g['footer']}  ·  page 2/2", x0)
    return c.output()


def _fds_sheets() -> list[Sheet]:
    return [
        _fds(
            "stvincent",
            "Les Corsaires du Sillon",
            D(2027, 1, 14),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "fr",
                "date_style": "fr_caps",
                "company": "EMERAUDE FICTION SAS",
                "office": "14 rue de Toulouse, 35400 Saint-Malo  ·  02 99 55 40 12",
                "n": "23",
                "episodes": "Épisodes 5 & 6  ·  Bloc 3",
                "kind": "Série 8 x 52 min  ·  Réalisation : Gaëlle Le Roux  ·  1er assistant : "
                "Yannick Guého",
                "day_n": "Jour 14/42",
                "rdv": "parvis de la cathédrale, place Jean de Châtillon",
                "pat": 75,
                "cantine": 330,
                "cantine_where": "salle Saint-Aaron (intra-muros)",
                "fin": 660,
                "weather": "couvert, 8 °C, vent d'ouest 40 km/h, averses l'après-midi",
                "set": "Cathédrale, nef et chœur (décor 12)",
                "conv": [
                    ("Régie", "Erwan Morvan + 2", -90, "Parking du Naye"),
                    ("Électro / Machino", "équipe complète", -60, "Camions, quai du Naye"),
                    ("HMC", "Solène, Maëlle, Inès", -60, "Loges, salle Saint-Aaron"),
                    ("Mise en scène", "Yannick, Lou, Théo", 0, "Parvis"),
                    ("Image", "Paul Riou + 2", 0, "Parvis"),
                    ("Son", "Alix Tanguy + 1", 0, "Parvis"),
                    ("Déco", "Morgane Quéré + 2", -30, "Chœur"),
                ],
                "scenes": [
                    (
                        "5/14",
                        "INT. CATHÉDRALE - NEF  ·  Jour  ·  la messe des marins",
                        "J",
                        "2 3/8",
                        "1, 2, 5",
                    ),
                    (
                        "5/15",
                        "INT. CATHÉDRALE - CHŒUR  ·  Anne trouve le registre",
                        "J",
                        "1 1/8",
                        "1",
                    ),
                    (
                        "6/03",
                        "INT. CATHÉDRALE - NEF  ·  Soir  ·  la veillée",
                        "N",
                        "1 4/8",
                        "1, 2, 4",
                    ),
                ],
                "cast": [
                    ("ANNE", "Clémence Le Bihan", 0),
                    ("JOSS", "Malo Guillou", 30),
                    ("LE RECTEUR", "Hervé Connan", 90),
                ],
                "safety": "Dalles glissantes dans la nef : chaussures à semelles souples.",
                "notes": [
                    "La cathédrale reste ouverte au culte : silence absolu de 12h00 à 12h30 "
                    "(office). Aucun pied sur les tombeaux. Figuration (30) convoquée à la "
                    "salle Saint-Aaron, voir la feuille de figuration.",
                ],
                "footer": "Émeraude Fiction  ·  Les Corsaires du Sillon  ·  FdS 23",
            },
        ),
        _fds(
            "citadelle",
            "Vauban, l'hiver",
            D(2027, 2, 4),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "fr",
                "date_style": "fr_caps",
                "company": "DOUBS PRODUCTIONS",
                "office": "7 rue Mégevand, 25000 Besançon",
                "n": "8",
                "episodes": "Épisode 2",
                "kind": "Série 6 x 52 min pour France 3  ·  Réalisation : Julien Vuillemin",
                "day_n": "Jour 8/36",
                "sent": "Envoyée le mercredi 3 février 2027 à 21h10 par la mise en scène",
                "rdv": "cour de la Citadelle, entrée Front Royal",
                "pat": 90,
                "cantine": 300,
                "cantine_where": "Café-restaurant du Parc (Citadelle)",
                "fin": 630,
                "weather": "gel matinal, -4 °C, ensoleillé",
                "set": "Chemin de ronde et chapelle Saint-Étienne",
                "conv": [
                    ("Régie", "Baptiste Faivre + 1", -60, "Parking Rivotte"),
                    ("Électro / Machino", "Damien Roy + 4", -30, "Front Royal"),
                    ("HMC", "Lise, Cyril", -75, "Loges, ancienne caserne"),
                    ("Mise en scène", "Sarah Jeunet + 2", 0, "Cour de la Citadelle"),
                    ("Image", "Marc Cuenot + 2", 0, "Cour de la Citadelle"),
                    ("Son", "Élodie Petit", 0, "Cour de la Citadelle"),
                ],
                "scenes": [
                    (
                        "2/21",
                        "EXT. CHEMIN DE RONDE  ·  Jour  ·  la patrouille",
                        "J",
                        "1 2/8",
                        "1, 3",
                    ),
                    (
                        "2/22",
                        "INT. CHAPELLE SAINT-ÉTIENNE  ·  Jour  ·  le serment",
                        "J",
                        "2",
                        "1, 2, 3",
                    ),
                ],
                "cast": [
                    ("CAPITAINE DUROC", "Olivier Bailly", 0),
                    ("HÉLÈNE", "Camille Grosjean", 45),
                    ("LE SERGENT", "Rémi Tissot", 60),
                ],
                "safety": "Remparts sans garde-corps : baudriers pour l'équipe caméra au bord.",
                "notes": [
                    "Le site ouvre au public à 10h00 : aucun véhicule dans la cour après 9h30. "
                    "Prévoir des vêtements chauds, café chaud au Front Royal dès 7h30.",
                ],
                "footer": "Doubs Productions  ·  Vauban, l'hiver  ·  FdS 8",
            },
        ),
        _fds(
            "isle",
            "Le Lac aux Prisons",
            D(2027, 2, 18),
            "07:00",
            {
                "font": "sans",
                "time_style": "fr",
                "date_style": "fr_num",
                "company": "THIOU FILMS",
                "office": "5 quai Perrière, 74000 Annecy",
                "n": "31",
                "episodes": "Épisodes 7 & 8  ·  Bloc 4",
                "kind": "Série policière 8 x 52 min  ·  Réalisation : Anaïs Berthollet",
                "day_n": "Jour 31/48",
                "rdv": "parking Sainte-Claire, navette vers l'Isle",
                "pat": 60,
                "cantine": 330,
                "cantine_where": "salle Pierre Lamy",
                "fin": 690,
                "weather": "brouillard sur le lac le matin, 2 °C",
                "set": "cellules du rez-de-chaussée et quai du Thiou",
                "conv": [
                    ("Régie", "Hugo Perrier + 2", -60, "Parking Sainte-Claire"),
                    ("HMC", "Nadia, Chloé, Léa", -45, "Loges, salle Pierre Lamy"),
                    ("Mise en scène", "Tom Gruffaz + 2", 0, "Parking Sainte-Claire"),
                    ("Électro / Machino", "équipe complète", 0, "Parking Sainte-Claire"),
                    ("Image", "Zoé Mermillod + 2", 0, "Parking Sainte-Claire"),
                    ("Son", "Karim Saïdi + 1", 0, "Parking Sainte-Claire"),
                ],
                "scenes": [
                    (
                        "7/30",
                        "INT. PRISON - CELLULE  ·  Jour  ·  l'interrogatoire",
                        "J",
                        "2 5/8",
                        "1, 2",
                    ),
                    ("7/31", "EXT. QUAI DU THIOU  ·  Jour  ·  la filature", "J", "6/8", "2, 4"),
                    ("8/02", "INT. PRISON - COULOIR  ·  Jour  ·  la visite", "J", "1", "1, 3"),
                ],
                "cast": [
                    ("CDT. MARCHAND", "Sophie Duret", 0),
                    ("LOUIS", "Bastien Collomb", 30),
                    ("MAÎTRE VIAL", "Françoise Rey", 120),
                ],
                "safety": "Quai étroit au bord du Thiou : gilets pour l'équipe en bordure d'eau.",
                "notes": [
                    "Le Palais de l'Isle est fermé au public pour nous jusqu'à 14h00. Pas de "
                    "scotch sur les murs, pas de fumigène à l'intérieur.",
                ],
                "footer": "Thiou Films  ·  Le Lac aux Prisons  ·  FdS 31",
            },
        ),
    ]


# --- (2) Québécois feuille de route: APPEL GÉNÉRAL, déjeuner / dîner, "7 h 30" ---------------


@_family(
    "qc_feuille_de_route",
    "Québécois feuille de route, letter, French only: company and office, 'FEUILLE DE "
    "ROUTE' and 'Jour 6 de 24' right; the title and credits centred; three ruled boxes: "
    "DATE over APPEL GÉNÉRAL at 20 pt ('7 h 30'), LIEU DE TOURNAGE with a '(Québec) G3Z "
    "2J2' town line, HÔPITAL LE PLUS PRÈS (urgence); a strip of boxes DÉJEUNER (breakfast), "
    "PREMIER PLAN, DÎNER (lunch), FIN PRÉVUE, sun; stationnement and météo lines; scenes, "
    "numbered cast (arrivée, maq. / coif., plateau), crew (cellulaire, appel); notes",
    name="qc_{key}",
)
def _qc(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", g["font"], margin=36.0)
    w = right - x0
    c.text(x0, 42, g["company"], 9.5, bold=True)
    grey_text(c, x0, 52, g["office"], 7)
    c.right(right, 44, "FEUILLE DE ROUTE", 14, bold=True)
    c.right(right, 56, g["day_n"], 8.5)
    centre(c, 86, title, 20)
    centre(c, 100, g["credits"], 8, bold=False)
    y = 112.0
    fracs = (0.3, 0.38, 0.32)
    xs = [x0, x0 + w * fracs[0], x0 + w * (fracs[0] + fracs[1])]
    for xx, frac in zip(xs, fracs, strict=True):
        c.box(xx, y, w * frac, 86, 0.9)
    bw = w * fracs[0] - 10
    c.text(x0 + 5, y + 10, "DATE", 7, bold=True)
    fit(c, x0 + 5, y + 22, day_text(day, g["date_style"]), 9.5, bw)
    yy = y + 38
    if "pre" in g:
        # HARD: a department's earlier appel in the same box, above the appel général
        lab, off = g["pre"]
        fit(c, x0 + 5, yy, f"{lab} {hm(add_minutes(call, off), t)}", 7.5, bw)
        yy += 10
    c.text(x0 + 5, yy, "APPEL GÉNÉRAL", 7, bold=True)
    c.text(x0 + 5, yy + 22, hm(call, t), 20, bold=True)
    loc = ["LIEU DE TOURNAGE", [p.name, p.street, p.city, g["set"]]]
    hosp = [
        "HÔPITAL LE PLUS PRÈS (urgence)",
        [*hospital_lines(p)[:3], f"Tél. {p.hospital_phone}"],
    ]
    for xx, frac, (head, lines) in zip(xs[1:], fracs[1:], [loc, hosp], strict=True):
        c.text(xx + 5, y + 10, head, 7, bold=True)
        for k, ln in enumerate(lines):
            fit(c, xx + 5, y + 24 + 11 * k, ln, 8.5, w * frac - 10)
    y += 100
    times = [
        *_timed(call, t, g["times"]),
        ("LEVER DU SOLEIL", hm(rise, t)),
        ("COUCHER DU SOLEIL", hm(fall, t)),
    ]
    tw = w / len(times)
    for i, (lab, val) in enumerate(times):
        c.box(x0 + i * tw, y, tw, 28, 0.4)
        fit(c, x0 + i * tw + 4, y + 9, lab, 6.5, tw - 8, bold=True)
        c.text(x0 + i * tw + 4, y + 22, val, 9)
    y += 42
    lines = [
        f"Stationnement et roulottes : {p.base_street}, {p.base_city}",
        f"Météo : {g['weather']}",
    ]
    y = paragraphs(c, x0, y, lines, 8.5, w, 12) + 6
    y = _day_tables(
        c,
        x0,
        y,
        right,
        spec,
        scenes=(
            ["SC.", "DÉCOR / DESCRIPTION", "J/N", "PAGES", "PERS."],
            [0, 32, 330, 366, 420],
        ),
        cast=(
            ["#", "COMÉDIEN(NE)", "PERSONNAGE", "ARRIVÉE", "MAQ. / COIF.", "PLATEAU"],
            [0, 20, 150, 270, 345, 430],
        ),
        steps=[-75, -60, 0],
        numbered=True,
        crew=(["DÉPARTEMENT", "NOM", "CELLULAIRE", "APPEL"], [0, 120, 270, 400]),
        notes=("NOTES DE PRODUCTION", 8.5, 7.5, 10),
    )
    footer(c, g["footer"], x0)
    return c.output()


def _qc_sheets() -> list[Sheet]:
    return [
        _qc(
            "macbsp",
            "Les Peintres du fleuve",
            D(2027, 1, 12),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "qc",
                "date_style": "qc",
                "company": "PRODUCTIONS CHARLEVOIX INC.",
                "office": "58 rue Saint-Jean-Baptiste, Baie-Saint-Paul (Québec) G3Z 1M4",
                "day_n": "Jour 6 de 24",
                "credits": "Réalisation : Maude Tremblay  ·  Production : Éric Gauthier  ·  "
                "1er assistant : Simon Bouchard",
                "set": "salle d'exposition principale et atelier",
                "times": [
                    ("DÉJEUNER", -30),
                    ("PREMIER PLAN", 60),
                    ("DÎNER", 330),
                    ("FIN PRÉVUE", 630),
                ],
                "weather": "neige légère, -14 °C, ressentie -22",
                "scenes": [
                    (
                        "12",
                        "INT. MUSÉE - SALLE PRINCIPALE - le vernissage",
                        "J",
                        "2 1/8",
                        "1, 2, 4",
                    ),
                    ("13", "INT. ATELIER - Rosalie devant la toile", "J", "1 3/8", "1"),
                ],
                "cast": [
                    ("Véronique Simard", "ROSALIE", 0),
                    ("Jean-Philippe Lavoie", "ARMAND", 60),
                    ("Lucie Harvey", "LA CONSERVATRICE", 120),
                ],
                "crew": [
                    ("Production", "Éric Gauthier", "418 555-0142", 0),
                    ("Caméra", "Mathieu Dufour", "418 555-0177", 0),
                    ("Éclairage", "Karine Pelletier", "418 555-0190", -60),
                ],
                "notes": [
                    "Le musée reste ouvert : on travaille dans la salle principale, fermée pour "
                    "nous jusqu'à 13 h 00. Bottes d'hiver à laisser à l'entrée, pantoufles "
                    "fournies.",
                ],
                "footer": "Productions Charlevoix  ·  Les Peintres du fleuve  ·  FdR 6",
            },
        ),
        _qc(
            "girouard",
            "La Chorale",
            D(2027, 1, 26),
            "07:30",
            {
                "font": "sans",
                "time_style": "qc",
                "date_style": "qc_iso",
                "company": "MASKOUTAINS FILMS",
                "office": "1195 rue des Cascades Ouest, Saint-Hyacinthe (Québec) J2S 3H6",
                "day_n": "Jour 11 de 30",
                "credits": "Réalisation : Catherine Bergeron  ·  Production : Luc Lussier",
                "pre": ("Appel caméra / électro :", -60),
                "set": "nef et jubé de l'orgue",
                "times": [
                    ("DÉJEUNER", -45),
                    ("PREMIER PLAN", 75),
                    ("DÎNER", 330),
                    ("FIN PRÉVUE", 600),
                ],
                "weather": "ciel variable, -9 °C",
                "scenes": [
                    (
                        "31",
                        "INT. CATHÉDRALE - NEF - la répétition générale",
                        "J",
                        "3",
                        "1, 2, 3, 5",
                    ),
                    ("32", "INT. JUBÉ - Benoît à l'orgue", "J", "7/8", "2"),
                ],
                "cast": [
                    ("Geneviève Côté", "SŒUR MARIE", 0),
                    ("Olivier Gagnon", "BENOÎT", 30),
                    ("Denise Morin", "MADAME PARÉ", 60),
                ],
                "crew": [
                    ("Production", "Luc Lussier", "450 555-0123", 0),
                    ("Caméra", "Patrick Ouellet", "450 555-0168", -60),
                    ("Électro", "Annie Roy", "450 555-0181", -60),
                ],
                "notes": [
                    "Messe à 8 h 00 dans la chapelle latérale : aucun bruit dans la nef avant "
                    "8 h 45. Choristes (figuration) à la sacristie dès 8 h 15.",
                ],
                "footer": "Maskoutains Films  ·  La Chorale  ·  Feuille de route 11",
            },
        ),
        _qc(
            "antan",
            "Le Magasin général",
            D(2027, 2, 9),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "qc",
                "date_style": "qc",
                "company": "SAINT-FRANÇOIS TÉLÉ INC.",
                "office": "220 rue Lindsay, Drummondville (Québec) J2B 1G8",
                "day_n": "Jour 3 de 18",
                "credits": "Réalisation : Hugo Provencher  ·  Production : Nathalie Dionne",
                "set": "le magasin général et la forge",
                "times": [
                    ("DÉJEUNER", -30),
                    ("PREMIER PLAN", 60),
                    ("DÎNER", 300),
                    ("FIN PRÉVUE", 600),
                ],
                "weather": "ensoleillé, -11 °C, chemins glacés",
                "scenes": [
                    ("5", "INT. MAGASIN GÉNÉRAL - 1925 - Aurore au comptoir", "J", "1 6/8", "1, 2"),
                    ("7", "EXT. FORGE - la jument ferrée", "J", "1", "3, fig."),
                ],
                "cast": [
                    ("Mélodie Boisvert", "AURORE", 0),
                    ("François Champagne", "LE MARCHAND", 45),
                    ("Réjean Houle", "LE FORGERON", 90),
                ],
                "crew": [
                    ("Production", "Nathalie Dionne", "819 555-0134", 0),
                    ("Caméra", "Sébastien Leclerc", "819 555-0156", 0),
                    ("Décors", "Isabelle Marcotte", "819 555-0189", -60),
                ],
                "notes": [
                    "Le Village est fermé pour l'hiver : chauffage au magasin seulement. "
                    "Animaux sur le plateau à la forge, suivre les consignes du maréchal-ferrant.",
                ],
                "footer": "Saint-François Télé  ·  Le Magasin général  ·  Feuille de route 3",
            },
        ),
    ]


# --- (3) Italian ordine del giorno: a two-row grid, label over value, then Pronto soccorso ----


@_family(
    "it_odg_grid",
    "Italian ordine del giorno, A4: company and office, the day right; 'ORDINE DEL GIORNO "
    "N. 12', the title and credits centred; a two-row grid of eight ruled cells, label over "
    "value: DATA ('giovedì 14 gennaio 2027', '04/02/2027', 'gio 18.02.2027'), "
    "CONVOCAZIONE TROUPE (heavier, 'h 7.30', 'ore 7:30', '8.00'), PRONTI A GIRARE, "
    "GIORNATA, PAUSA PRANZO, FINE RIPRESE PREVISTA, ALBA / TRAMONTO, METEO; ruled rows SET, "
    "LOCATION, PARCHEGGIO MEZZI / BASE, PRONTO SOCCORSO, EMERGENZE; scenes, actors (trucco, "
    "costumi, sul set), departments; note",
    name="odg_{key}",
)
def _odg(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", g["font"], margin=34.0)
    w = right - x0
    c.text(x0, 40, g["company"], 8.5, bold=True)
    grey_text(c, x0, 50, g["office"], 7)
    c.right(right, 40, g["day_n"], 8.5)
    centre(c, 76, f"ORDINE DEL GIORNO N. {g['n']}", 14)
    centre(c, 100, title, 20)
    centre(c, 114, g["credits"], 8, bold=False)
    y = 128.0
    cw = w / 4
    cells = [
        ("DATA", day_text(day, g["date_style"])),
        ("CONVOCAZIONE TROUPE", hm(call, t)),
        ("PRONTI A GIRARE", hm(add_minutes(call, g["pronti"]), t)),
        ("GIORNATA", g["giornata"]),
        ("PAUSA PRANZO", hm(add_minutes(call, g["pranzo"]), t)),
        ("FINE RIPRESE PREVISTA", hm(add_minutes(call, g["fine"]), t)),
        ("ALBA / TRAMONTO", f"{hm(rise, t)} / {hm(fall, t)}"),
        ("METEO", g["weather"]),
    ]
    for i, (lab, val) in enumerate(cells):
        xx, yy = x0 + (i % 4) * cw, y + (i // 4) * 36
        big = lab == "CONVOCAZIONE TROUPE"
        c.box(xx, yy, cw, 36, 1.4 if big else 0.5)
        fit(c, xx + 4, yy + 10, lab, 6.8, cw - 8, bold=True)
        fit(c, xx + 4, yy + 28, val, 13 if big else 9, cw - 8, bold=big)
    y += 90
    rows = [
        ("SET", g["set"]),
        ("LOCATION", f"{p.name}, {p.address}"),
        ("PARCHEGGIO MEZZI / BASE", f"{p.base_street}, {p.base_city}"),
        ("PRONTO SOCCORSO", p.hospital),
        ("", f"{p.hospital_street}, {p.hospital_city}  ·  tel. {p.hospital_phone}"),
        ("EMERGENZE", "112 (NUE)  ·  118"),
    ]
    y = label_rows(c, x0, y, right, rows, 8.5, 150, 13, rule_drop=4) + 8
    y = _day_tables(
        c,
        x0,
        y,
        right,
        spec,
        scenes=(
            ["SC.", "AMBIENTE / DESCRIZIONE", "G/N", "I/E", "PERSONAGGI"],
            [0, 32, 320, 356, 392],
        ),
        cast=(
            ["PERSONAGGIO", "ATTORE / ATTRICE", "TRUCCO", "COSTUMI", "SUL SET"],
            [0, 110, 250, 330, 410],
        ),
        steps=[-80, -50, 0],
        crew=(["REPARTO", "NOME", "CELL.", "CONVOCAZIONE"], [0, 110, 250, 390]),
        notes=("NOTE", 8.5, 7.5, 10),
    )
    if "domani" in g:
        # HARD: tomorrow's notice at the foot, with its own date and an earlier call
        d2, call2, where = g["domani"]
        fill(c, x0, y + 4, w, 30, 225)
        c.text(x0 + 6, y + 16, "PREAVVISO PER DOMANI", 8, bold=True)
        when = f"{day_text(d2, g['date_style'])}  ·  convocazione troupe {hm(call2, t)}"
        line = f"{when}  ·  {where}"
        fit(c, x0 + 6, y + 28, line, 8, w - 12)
    footer(c, g["footer"], x0)
    return c.output()


def _odg_sheets() -> list[Sheet]:
    return [
        _odg(
            "palazzote",
            "La Sala dei Giganti",
            D(2027, 1, 14),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "it_h",
                "date_style": "it",
                "company": "GONZAGA FILM S.R.L.",
                "office": "Via Principe Amedeo 22, 46100 Mantova  ·  0376 555 210",
                "day_n": "Settimana 3  ·  12° giorno di riprese su 36",
                "n": "12",
                "credits": "Regia: Chiara Benatti  ·  Aiuto regia: Davide Bottoli  ·  "
                "Organizzatore: Marco Freddi",
                "pronti": 90,
                "pranzo": 330,
                "fine": 630,
                "giornata": "12 / 36",
                "weather": "nebbia, 2 °C",
                "set": "Sala dei Giganti e Camera di Amore e Psiche",
                "scenes": [
                    (
                        "34",
                        "INT. SALA DEI GIGANTI - G - il duca mostra gli affreschi",
                        "G",
                        "I",
                        "1, 2, 4",
                    ),
                    ("35", "INT. CAMERA DI AMORE E PSICHE - G - Isabella sola", "G", "I", "2"),
                    ("38", "EST. CORTILE - G - arrivo della carrozza", "G", "E", "1, 3, fig."),
                ],
                "cast": [
                    ("IL DUCA", "Filippo Arrighi", 0),
                    ("ISABELLA", "Greta Malavasi", 30),
                    ("GIULIO", "Nicola Zanardi", 90),
                ],
                "crew": [
                    ("Produzione", "Marco Freddi", "335 555 0192", -30),
                    ("Fotografia", "Lorenzo Goldoni", "347 555 0186", 0),
                    ("Elettricisti", "Paolo Bertazzoni", "340 555 0114", -60),
                ],
                "notes": [
                    "Il museo apre al pubblico alle 9.00: dalle 9.00 si lavora solo nelle sale "
                    "chiuse per noi. Nessun treppiede sui pavimenti senza feltri; niente luci "
                    "calde a meno di 2 metri dagli affreschi.",
                ],
                "footer": "Gonzaga Film  ·  La Sala dei Giganti  ·  OdG 12",
            },
        ),
        _odg(
            "pozzo",
            "Il Pozzo",
            D(2027, 2, 4),
            "07:30",
            {
                "font": "sans",
                "time_style": "it_ore",
                "date_style": "it_num",
                "company": "RUPE PRODUZIONI",
                "office": "Corso Cavour 101, 05018 Orvieto TR",
                "day_n": "Giornata 5 di 20",
                "n": "5",
                "credits": "Regia: Tommaso Brizi  ·  Aiuto regia: Elena Santori",
                "pronti": 75,
                "pranzo": 300,
                "fine": 600,
                "giornata": "5 di 20",
                "weather": "sereno, 6 °C",
                "set": "scala elicoidale e fondo del pozzo",
                "scenes": [
                    ("9", "INT. POZZO - SCALA - G - la discesa", "G", "I", "1, 2"),
                    ("10", "INT. POZZO - FONDO - G - la moneta", "G", "I", "1"),
                ],
                "cast": [("MARTA", "Sara Lupattelli", 0), ("DON PIETRO", "Fausto Coppoli", 60)],
                "crew": [
                    ("Produzione", "Luca Ranieri", "338 555 0171", -30),
                    ("Macchinisti", "Gianni Moretti", "349 555 0130", -30),
                    ("Suono", "Ilaria Fabbri", "333 555 0148", 0),
                ],
                "notes": [
                    "248 gradini: attrezzatura a spalla, niente carrelli. Il pozzo apre ai "
                    "visitatori alle 10.00 sulla rampa di salita.",
                ],
                "domani": (D(2027, 2, 5), "06:30", "Duomo di Orvieto, Piazza del Duomo"),
                "footer": "Rupe Produzioni  ·  Il Pozzo  ·  OdG 5",
            },
        ),
        _odg(
            "ducale",
            "Il Duca di Montefeltro",
            D(2027, 2, 18),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "it_dot",
                "date_style": "it_short",
                "company": "METAURO CINEMATOGRAFICA",
                "office": "Via Raffaello 40, 61029 Urbino PU",
                "day_n": "17° giorno di riprese su 40",
                "n": "17",
                "credits": "Regia: Beatrice Londei  ·  Aiuto regia: Stefano Pazzaglia",
                "pronti": 90,
                "pranzo": 330,
                "fine": 630,
                "giornata": "17 / 40",
                "weather": "nuvoloso, 5 °C, vento",
                "set": "Studiolo e Sala del Trono",
                "scenes": [
                    ("52", "INT. STUDIOLO - G - il duca e il figlio", "G", "I", "1, 3"),
                    ("53", "INT. SALA DEL TRONO - G - l'ambasceria", "G", "I", "1, 2, 5, fig."),
                ],
                "cast": [
                    ("FEDERICO", "Massimo Cecchini", 0),
                    ("BATTISTA", "Agnese Vagnini", 45),
                    ("GUIDOBALDO", "Leonardo Paci", 60),
                ],
                "crew": [
                    ("Produzione", "Anna Ugolini", "339 555 0117", 0),
                    ("Scenografia", "Pietro Marchi", "348 555 0152", -60),
                    ("Costumi", "Rita Cardinali", "320 555 0163", -45),
                ],
                "notes": [
                    "Galleria Nazionale delle Marche: lo Studiolo è chiuso per noi fino alle "
                    "13.00. Guanti bianchi per chi tocca gli arredi; accompagnatore del museo "
                    "sempre presente.",
                ],
                "footer": "Metauro Cinematografica  ·  Il Duca di Montefeltro  ·  OdG 17",
            },
        ),
    ]


# --- (4) Spanish / Catalan hoja de citaciones: a column of citaciones beside the places ------

ES_LABELS = {
    "kind": "HOJA DE CITACIONES",
    "order": "ORDEN DE RODAJE Nº",
    "date": "Fecha",
    "day": "Jornada",
    "cites": "CITACIONES",
    "call": "Citación equipo",
    "rise": "Amanecer",
    "set": "Atardecer",
    "loc": "LOCALIZACIÓN",
    "decor": "Decorado",
    "base": "PARKING CAMIONES / CATERING",
    "hosp": "HOSPITAL MÁS CERCANO (URGENCIAS)",
    "sos": "Emergencias 112",
    "scenes": ["SEC.", "DECORADO / SINOPSIS", "D/N", "INT/EXT", "PERSONAJES"],
    "cast": ["PERSONAJE", "ACTOR / ACTRIZ", "RECOGIDA", "MAQ. Y PEL.", "EN SET"],
    "crew": ["DEPARTAMENTO", "NOMBRE", "MÓVIL", "CITACIÓN"],
    "notes": "OBSERVACIONES",
}
CA_LABELS = {
    "kind": "FULL DE CITACIONS",
    "order": "ORDRE DE RODATGE NÚM.",
    "date": "Data",
    "day": "Jornada",
    "cites": "CITACIONS",
    "call": "Citació equip",
    "rise": "Sortida del sol",
    "set": "Posta de sol",
    "loc": "LOCALITZACIÓ",
    "decor": "Decorat",
    "base": "APARCAMENT CAMIONS / CÀTERING",
    "hosp": "HOSPITAL MÉS PROPER (URGÈNCIES)",
    "sos": "Emergències 112",
    "scenes": ["SEQ.", "DECORAT / SINOPSI", "D/N", "INT/EXT", "PERSONATGES"],
    "cast": ["PERSONATGE", "ACTOR / ACTRIU", "RECOLLIDA", "MAQ. I PERR.", "A SET"],
    "crew": ["DEPARTAMENT", "NOM", "MÒBIL", "CITACIÓ"],
    "notes": "OBSERVACIONS",
}


@_family(
    "es_cat_hoja_citaciones",
    "Spanish 'HOJA DE CITACIONES' / Catalan 'FULL DE CITACIONS', A4: company and office, the "
    "kind and 'ORDEN DE RODAJE Nº 9' / 'ORDRE DE RODATGE NÚM. 4' right; the title and "
    "credits; 'Fecha: jueves, 14 de enero de 2027' / 'Data: dijous, 18 de febrer de 2027' "
    "with 'Jornada 9/30' right; a boxed left column CITACIONES of label and right-aligned "
    "time rows (producción, maquillaje, Citación equipo / Citació equip larger, primer "
    "plano, comida / dinar, fin de jornada, sun; '07:30 h', '7.30 h'); right of it boxed "
    "LOCALIZACIÓN (with Decorado), PARKING CAMIONES / CATERING, HOSPITAL MÁS CERCANO / MÉS "
    "PROPER with 112; scenes, actors (recogida, maquillaje, en set), crew; observaciones",
    name=lambda spec: f"{'cat' if spec.g['labels'] is CA_LABELS else 'es'}_{spec.key}",
)
def _es(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    lab = g["labels"]
    c, x0, right = page("A4", g["font"], margin=32.0)
    c.text(x0, 42, g["company"], 9, bold=True)
    grey_text(c, x0, 52, g["office"], 7)
    c.right(right, 42, lab["kind"], 13, bold=True)
    c.right(right, 54, f"{lab['order']} {g['n']}", 8.5)
    c.hline(x0, right, 62, 1.0)
    c.text(x0, 88, title, 19, bold=True)
    c.text(x0, 102, g["credits"], 8)
    c.text(x0, 122, f"{lab['date']}: {day_text(day, g['date_style'])}", 10.5, bold=True)
    c.right(right, 122, f"{lab['day']} {g['jornada']}", 10.5, bold=True)
    # left: the column of citaciones; right: location, base and hospital blocks
    col = 200.0
    y = 136.0
    rows = [*_timed(call, t, g["before"]), (lab["call"], hm(call, t))]
    rows += [
        *_timed(call, t, g["after"]),
        (lab["rise"], hm(rise, t)),
        (lab["set"], hm(fall, t)),
    ]
    col_h = 30 + 17 * len(rows) + 5
    c.box(x0, y, col, col_h, 0.7)
    fill(c, x0, y, col, 16, 215)
    c.text(x0 + 6, y + 11, lab["cites"], 8, bold=True)
    yy = y + 32
    for a, v in rows:
        big = a == lab["call"]
        fit(c, x0 + 6, yy, a, 8.5 if big else 8, 120, bold=big)
        c.right(x0 + col - 6, yy, v, 12 if big else 8.5, bold=big)
        c.hline(x0 + 4, x0 + col - 4, yy + 5, 0.2)
        yy += 22 if big else 17
    mx = x0 + col + 12
    blocks = [
        (lab["loc"], [p.name, p.street, p.city, f"{lab['decor']}: {g['set']}"]),
        (lab["base"], [p.base_street, p.base_city]),
        (lab["hosp"], [*hospital_lines(p)[:3], f"Tel. {p.hospital_phone}  ·  {lab['sos']}"]),
    ]
    yy = y
    for head, lines in blocks:
        h = 20 + 11 * len(lines)
        c.box(mx, yy, right - mx, h, 0.6)
        c.text(mx + 6, yy + 11, head, 7.5, bold=True)
        for k, ln in enumerate(lines):
            fit(c, mx + 6, yy + 24 + 11 * k, ln, 8.5, right - mx - 12)
        yy += h + 8
    y = max(yy, y + col_h) + 18
    _day_tables(
        c,
        x0,
        y,
        right,
        spec,
        scenes=(lab["scenes"], [0, 34, 320, 352, 402]),
        cast=(lab["cast"], [0, 110, 240, 320, 400]),
        steps=[-90, -70, 0],
        crew=(lab["crew"], [0, 110, 250, 390]),
        notes=(lab["notes"], 8.5, 7.5, 10),
    )
    footer(c, g["footer"], x0)
    return c.output()


def _es_sheets() -> list[Sheet]:
    return [
        _es(
            "alcazar",
            "La Reina Cautiva",
            D(2027, 1, 14),
            "07:30",
            {
                "font": "helvetica",
                "labels": ES_LABELS,
                "time_style": "es",
                "date_style": "es",
                "company": "ERESMA PRODUCCIONES S.L.",
                "office": "Calle Juan Bravo 21, 40001 Segovia  ·  921 555 310",
                "n": "9",
                "jornada": "9/30",
                "credits": "Dirección: Lucía Sanz  ·  Ayudante de dirección: Álvaro Herrero  ·  "
                "Jefa de producción: Marta Gil",
                "before": [("Producción", -60), ("Maquillaje y peluquería", -45)],
                "after": [("Primer plano", 75), ("Comida", 330), ("Fin de jornada previsto", 630)],
                "set": "Sala del Trono y Patio de Armas",
                "scenes": [
                    ("41", "INT. SALA DEL TRONO - la audiencia", "D", "INT", "1, 2, 6"),
                    ("42", "EXT. PATIO DE ARMAS - la partida", "D", "EXT", "1, 3, fig."),
                ],
                "cast": [
                    ("ISABEL", "Carmen Villalba", 0),
                    ("BEATRIZ", "Nerea Galán", 30),
                    ("EL CONDESTABLE", "Javier Otero", 60),
                ],
                "crew": [
                    ("Producción", "Marta Gil", "611 555 204", -60),
                    ("Fotografía", "Rubén Lozano", "622 555 318", 0),
                    ("Eléctricos", "Iván Pastor", "633 555 427", -30),
                ],
                "notes": [
                    "El Alcázar abre a las 10:00: la Sala del Trono cerrada para nosotros todo el "
                    "día. Nada de cinta adhesiva en los muros; alfombras de protección en los "
                    "suelos.",
                ],
                "footer": "Eresma Producciones  ·  La Reina Cautiva  ·  Orden 9",
            },
        ),
        _es(
            "carvajal",
            "Los Conversos",
            D(2027, 2, 2),
            "07:30",
            {
                "font": "helvetica",
                "labels": ES_LABELS,
                "time_style": "es",
                "date_style": "es_num",
                "company": "ALMOCOVAR FILMS",
                "office": "Plaza de San Jorge 3, 10003 Cáceres",
                "n": "15",
                "jornada": "15/24",
                "credits": "Dirección: Pedro Cordero  ·  Ayudante de dirección: Rocío Mateos",
                # HARD: production's and make-up's citations head the column, above the crew's
                "before": [
                    ("Citación producción", -90),
                    ("Maquillaje y vestuario", -60),
                    ("Figuración", -45),
                ],
                "after": [("Primer plano", 60), ("Comida", 300), ("Fin de jornada previsto", 600)],
                "set": "patio renacentista y torre",
                "scenes": [
                    ("18", "EXT. PATIO DEL PALACIO - el registro", "D", "EXT", "1, 2"),
                    ("19", "INT. TORRE - la huida de Leonor", "D", "INT", "2"),
                ],
                "cast": [("LEONOR", "Alba Carrasco", 0), ("DON DIEGO", "Tomás Barrena", 60)],
                "crew": [
                    ("Producción", "Rocío Mateos", "644 555 119", -90),
                    ("Cámara", "Sergio Mena", "655 555 276", 0),
                    ("Sonido", "Eva Rubio", "666 555 384", 0),
                ],
                "notes": [
                    "Ciudad monumental: vehículos solo hasta la Plaza de Santa María y antes de "
                    "las 08:00. Material a mano por la calle Amargura.",
                ],
                "footer": "Almocovar Films  ·  Los Conversos  ·  Orden 15",
            },
        ),
        _es(
            "dali",
            "El Rellotge Tou",
            D(2027, 2, 18),
            "08:00",
            {
                "font": "helvetica",
                "labels": CA_LABELS,
                "time_style": "ca",
                "date_style": "ca",
                "company": "EMPORDÀ FILMS SCCL",
                "office": "Carrer de la Jonquera 14, 17600 Figueres",
                "n": "4",
                "jornada": "4/18",
                "credits": "Direcció: Marta Puigdemont  ·  Ajudant de direcció: Jordi Casals",
                "before": [("Producció", -60), ("Maquillatge i perruqueria", -45)],
                "after": [("Primer pla", 75), ("Dinar", 330), ("Final de jornada previst", 600)],
                "set": "sala Mae West i cúpula",
                "scenes": [
                    ("11", "INT. SALA MAE WEST - la visita escolar", "D", "INT", "1, 4, fig."),
                    ("12", "INT. CÚPULA - la Núria i el vigilant", "D", "INT", "1, 2"),
                ],
                "cast": [
                    ("NÚRIA", "Laia Ferrer", 0),
                    ("EL VIGILANT", "Pere Vilanova", 45),
                    ("LA MESTRA", "Montse Roig", 60),
                ],
                "crew": [
                    ("Producció", "Anna Serra", "677 555 142", -60),
                    ("Fotografia", "Marc Soler", "688 555 253", 0),
                    ("Art", "Clara Pujol", "699 555 361", -60),
                ],
                "notes": [
                    "El museu obre a les 9.30: fins a les 13.00 només a la sala Mae West, "
                    "tancada per a nosaltres. Cap focus a menys de 3 m de les obres.",
                ],
                "footer": "Empordà Films  ·  El Rellotge Tou  ·  Ordre 4",
            },
        ),
    ]


# --- (5) Portuguese folha de serviço / Brazilian ordem do dia: a big Chamada box, cronograma --

PT_LABELS = {
    "kind": "FOLHA DE SERVIÇO N.º",
    "call": "CHAMADA GERAL",
    "date": "Data",
    "day": "Dia de rodagem",
    "loc": "Local de filmagem",
    "addr": "Morada",
    "base": "Base / estacionamento",
    "hosp": "Urgência (hospital)",
    "sun": "Nascer / pôr do sol",
    "timed": ["HORA", "O QUÊ", "ONDE"],
    "scenes": ["CENA", "LOCAL / RESUMO", "D/N", "INT/EXT", "ELENCO"],
    "cast": ["ATOR / ATRIZ", "PERSONAGEM", "TRANSPORTE", "CARACTERIZAÇÃO", "EM SET"],
    "notes": "OBSERVAÇÕES",
}
BR_LABELS = {
    "kind": "ORDEM DO DIA Nº",
    "call": "CHAMADA DA EQUIPE",
    "date": "Data",
    "day": "Diária",
    "loc": "Locação",
    "addr": "Endereço",
    "base": "Base / estacionamento",
    "hosp": "Pronto-socorro",
    "sun": "Nascer / pôr do sol",
    "timed": ["HORÁRIO", "ATIVIDADE", "ONDE"],
    "scenes": ["CENA", "LOCAÇÃO / RESUMO", "D/N", "INT/EXT", "ELENCO"],
    "cast": ["ATOR / ATRIZ", "PERSONAGEM", "BUSCA", "MAQUIAGEM", "NO SET"],
    "notes": "OBSERVAÇÕES",
}


@_family(
    "pt_br_ordem_do_dia",
    "Portuguese 'FOLHA DE SERVIÇO N.º 7' / Brazilian 'ORDEM DO DIA Nº 7', A4: a dark band "
    "with the number left and the company right in white; the title and credits; a heavy "
    "box left: CHAMADA GERAL / CHAMADA DA EQUIPE over the time at 28 pt ('07:30', "
    "'07h30'), the date and the meeting place under it; ruled label rows right (Data, Dia "
    "de rodagem / Diária, Local de filmagem / Locação, Morada / Endereço, base, Urgência / "
    "Pronto-socorro, sun); a timed cronograma (HORA / HORÁRIO, O QUÊ / ATIVIDADE, ONDE); "
    "scenes, cast (transporte / busca, caracterização / maquiagem, em set); observações",
)
def _pt(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    lab = g["labels"]
    c, x0, right = page("A4", g["font"], margin=32.0)
    w = right - x0
    fill(c, x0, 28, w, 34, 40)
    _white(c)
    c.text(x0 + 10, 50, f"{lab['kind']} {g['n']}", 13, bold=True)
    c.right(right - 10, 44, g["company"], 9, bold=True)
    c.right(right - 10, 55, g["office"], 7)
    black(c)
    c.text(x0, 90, title, 20, bold=True)
    c.text(x0, 104, g["credits"], 8)
    y = 118.0
    bw = 170.0
    c.box(x0, y, bw, 116, 1.8)
    c.text(x0 + 8, y + 16, lab["call"], 9, bold=True)
    c.text(x0 + 8, y + 52, hm(call, t), 28, bold=True)
    fit(c, x0 + 8, y + 72, day_text(day, g["date_style"]), 8.5, bw - 16)
    fit(c, x0 + 8, y + 90, g["call_where"], 7.5, bw - 16)
    rows = [
        (lab["date"], day_text(day, g["date_style"])),
        (lab["day"], g["diaria"]),
        (lab["loc"], f"{p.name} ({g['set']})"),
        (lab["addr"], p.address),
        (lab["base"], f"{p.base_street}, {p.base_city}"),
        (lab["hosp"], p.hospital),
        ("", f"{p.hospital_street}, {p.hospital_city}"),
        ("", f"Tel. {p.hospital_phone}"),
        (lab["sun"], f"{hm(rise, t)} / {hm(fall, t)}"),
    ]
    mx = x0 + bw + 12
    label_rows(c, mx, y + 10, right, rows, 8, 108, 13, rule_drop=4)
    y += 136
    _day_tables(
        c,
        x0,
        y,
        right,
        spec,
        timed=(lab["timed"], [0, 60, 330]),
        scenes=(lab["scenes"], [0, 34, 320, 352, 402]),
        cast=(lab["cast"], [0, 120, 240, 320, 420]),
        steps=[-90, -60, 0],
        notes=(lab["notes"], 8.5, 7.5, 10),
    )
    footer(c, g["footer"], x0)
    return c.output()


def _pt_sheets() -> list[Sheet]:
    return [
        _pt(
            "templo",
            "A Capela dos Ossos",
            D(2027, 1, 21),
            "07:30",
            {
                "font": "helvetica",
                "labels": PT_LABELS,
                "time_style": "pt",
                "date_style": "pt",
                "company": "PLANÍCIE FILMES, LDA.",
                "office": "Rua de Serpa Pinto 44, 7000-537 Évora",
                "n": "7",
                "credits": "Realização: Inês Caeiro  ·  1.º assistente: Rui Charrua  ·  "
                "Direção de produção: Sofia Paixão",
                "call_where": "no Largo do Conde de Vila Flor",
                "diaria": "7 de 22",
                "set": "colunata e largo",
                "schedule": [
                    (-45, "Pequeno-almoço", "Base"),
                    (0, "Chamada geral", "Largo do Conde de Vila Flor"),
                    (75, "Primeiro plano", "Templo Romano"),
                    (330, "Almoço", "Base"),
                    (600, "Fim previsto", ""),
                ],
                "scenes": [
                    ("22", "EXT. TEMPLO ROMANO - a chegada do juiz", "D", "EXT", "1, 2, fig."),
                    ("23", "EXT. LARGO - Teresa e o juiz", "D", "EXT", "1, 2"),
                ],
                "cast": [("Joana Bicho", "TERESA", 0), ("Nuno Mourato", "O JUIZ", 45)],
                "notes": [
                    "O largo está aberto ao público: a polícia municipal corta o trânsito das "
                    "08:00 às 13:00. Nada de tripés encostados às colunas.",
                ],
                "footer": "Planície Filmes  ·  A Capela dos Ossos  ·  Folha de serviço 7",
            },
        ),
        _pt(
            "toledo",
            "Ouro de Minas",
            D(2027, 2, 10),
            "07:30",
            {
                "font": "helvetica",
                "labels": BR_LABELS,
                "time_style": "br",
                "date_style": "pt",
                "company": "SERRA DE SÃO JOSÉ FILMES LTDA.",
                "office": "Rua Direita 85, Centro, Tiradentes - MG",
                "n": "12",
                "credits": "Direção: Renata Amaral  ·  1ª assistente de direção: Bia Nogueira  ·  "
                "Produção executiva: Caio Vilela",
                "call_where": "na base, Largo das Forras",
                "diaria": "12 de 30",
                "set": "salão nobre e quintal",
                "schedule": [
                    (-30, "Café da manhã", "Base"),
                    (0, "Chamada da equipe", "Base"),
                    (60, "Primeiro plano", "Casa do Padre Toledo"),
                    (330, "Almoço", "Base"),
                    (630, "Término previsto", ""),
                ],
                "scenes": [
                    (
                        "31",
                        "INT. CASARÃO - SALÃO - a reunião dos inconfidentes",
                        "D",
                        "INT",
                        "1, 3, 4",
                    ),
                    ("33", "EXT. QUINTAL - Lia esconde o mapa", "D", "EXT", "1"),
                ],
                "cast": [
                    ("Luana Esteves", "LIA", 0),
                    ("Caetano Brito", "SEU ANTÔNIO", 30),
                    ("Jorge Paiva", "ALFERES", 90),
                ],
                "notes": [
                    "Ruas de pedra (pé-de-moleque): nada de carrinhos, tudo na mão. O museu abre "
                    "ao público às 13h00: forros pintados, nada de refletores perto do teto.",
                ],
                "footer": "Serra de São José Filmes  ·  Ouro de Minas  ·  Ordem do dia 12",
            },
        ),
        _pt(
            "saobento",
            "Frevo de Rua",
            D(2027, 2, 24),
            "07:00",
            {
                "font": "helvetica",
                "labels": BR_LABELS,
                "time_style": "br",
                "date_style": "br_num",
                "company": "MARIM FILMES",
                "office": "Rua do Amparo 120, Olinda - PE",
                "n": "4",
                "credits": "Direção: Tiago Lins  ·  1º assistente de direção: Clara Cavalcanti",
                "call_where": "em frente ao Mosteiro, Rua de São Bento",
                "diaria": "4 de 16",
                "set": "claustro e nave",
                # HARD: the grips' and electricians' unloading comes first in the cronograma
                "schedule": [
                    (-60, "Maquinária e elétrica: descarga", "Base"),
                    (-30, "Café da manhã", "Base"),
                    (0, "Chamada da equipe", "Mosteiro"),
                    (75, "Primeiro plano", "Claustro"),
                    (330, "Almoço", "Base"),
                    (600, "Término previsto", ""),
                ],
                "scenes": [
                    ("8", "INT. CLAUSTRO - o ensaio escondido", "D", "INT", "1, 2"),
                    ("9", "INT. NAVE - Dom Bento e Zé", "D", "INT", "2, 3"),
                ],
                "cast": [
                    ("Maria Clara Freire", "DUDA", 0),
                    ("Edson Barreto", "ZÉ", 30),
                    ("Severino Araújo", "DOM BENTO", 60),
                ],
                "notes": [
                    "Mosteiro em funcionamento: silêncio total às 12h00 (ofício). Figurino "
                    "discreto no claustro; nada de frevo ao vivo antes das 09h00.",
                ],
                "footer": "Marim Filmes  ·  Frevo de Rua  ·  Ordem do dia 4",
            },
        ),
    ]


# --- (6) Romanian foaie de chemare, A4 landscape in three columns ----------------------------


@_family(
    "ro_foaie_de_chemare",
    "Romanian 'FOAIE DE CHEMARE nr. 5', A4 landscape, DejaVu: company and office left, the "
    "kind centred, 'Ziua de filmare 5 din 22' right; the title and credits centred; three "
    "columns: ruled label rows (Data 'joi, 14 ianuarie 2027' / 'Joi, 11.02.2027', make-up, "
    "'Chemare echipă ora 7:30' larger, prima dublă, pauză de masă, sfârșit estimat, sun, "
    "vremea), boxed LOCAȚIE, BAZĂ TEHNICĂ / PARCARE and SPITAL - UPU, a timed ORA / PROGRAM "
    "table; scenes and cast (transport, machiaj, costume, pe platou) across; observații",
    name="ro_{key}",
)
def _ro(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=30.0, orientation="L")
    c.text(x0, 38, g["company"], 9, bold=True)
    grey_text(c, x0, 48, g["office"], 7)
    centre(c, 40, f"FOAIE DE CHEMARE nr. {g['n']}", 14)
    c.right(right, 40, g["day_n"], 9, bold=True)
    centre(c, 64, title, 18)
    centre(c, 77, g["credits"], 8, bold=False)
    c.hline(x0, right, 86, 0.8)
    y = 102.0
    c1, c2 = x0 + 250, x0 + 530
    rows = [("Data", day_text(day, g["date_style"]))]
    rows += [(a, hm(add_minutes(call, off), t)) for a, off in g["before"]]
    rows.append(("Chemare echipă", f"ora {hm(call, t)}"))
    rows += [(a, hm(add_minutes(call, off), t)) for a, off in g["after"]]
    rows += [("Răsărit / apus", f"{hm(rise, t)} / {hm(fall, t)}"), ("Vremea", g["weather"])]
    yy = y
    for a, v in rows:
        big = a == "Chemare echipă"
        c.text(x0, yy, a, 8.5, bold=True)
        fit(c, x0 + 104, yy, v, 12 if big else 8.5, c1 - x0 - 114, bold=big)
        c.hline(x0, c1 - 10, yy + 4, 0.2)
        yy += 18 if big else 14
    blocks = [
        ("LOCAȚIE", [p.name, p.street, p.city, f"Decor: {g['set']}"]),
        ("BAZĂ TEHNICĂ / PARCARE", [p.base_street, p.base_city]),
        (
            "SPITAL - UPU (urgențe)",
            [*hospital_lines(p)[:3], f"Tel. {p.hospital_phone}  ·  112"],
        ),
    ]
    yy = y - 10
    for head, lines in blocks:
        h = 18 + 11 * len(lines)
        ruled_cells(c, c1, yy, c2 - c1 - 10, [(head, lines)], h, 0.5, label_size=7.5, size=8)
        yy += h + 6
    written = partial(hm, style=t)
    _table(c, c2, y, ["ORA", "PROGRAM"], [0, 50], timed_rows(g["schedule"], call, written), right)
    y = max(yy, 262.0) + 16
    _day_tables(
        c,
        x0,
        y,
        right,
        spec,
        scenes=(
            ["SC.", "DECOR / REZUMAT", "Z/N", "INT/EXT", "PERSONAJE"],
            [0, 34, 420, 470, 540],
        ),
        cast=(
            ["PERSONAJ", "ACTOR / ACTRIȚĂ", "TRANSPORT", "MACHIAJ", "COSTUME", "PE PLATOU"],
            [0, 130, 300, 400, 500, 600],
        ),
        steps=[-90, -70, -40, 0],
        notes=("OBSERVAȚII", 8.5, 7.5, 10),
    )
    footer(c, g["footer"], x0)
    return c.output()


def _ro_sheets() -> list[Sheet]:
    after = [("Prima dublă", 75), ("Pauză de masă", 330), ("Sfârșit estimat", 630)]
    return [
        _ro(
            "turnul",
            "Ceasul Cetății",
            D(2027, 1, 14),
            "07:30",
            {
                "date_style": "ro",
                "time_style": "ro",
                "company": "TÂRNAVA FILM S.R.L.",
                "office": "Strada Ilarie Chendi 8, 545400 Sighișoara",
                "n": "5",
                "day_n": "Ziua de filmare 5 din 22",
                "credits": "Regia: Ioana Mureșan  ·  Regizor secund: Radu Pop  ·  "
                "Director de producție: Andrei Suciu",
                "before": [("Machiaj / costume", -60)],
                "after": after,
                "weather": "ger, -7 °C, senin",
                "set": "camera ceasornicarului și galeria de lemn",
                "schedule": [
                    (-60, "Machiaj / costume la bază"),
                    (0, "Chemare echipă la turn"),
                    (75, "Prima dublă"),
                    (330, "Pauză de masă"),
                    (630, "Sfârșit estimat"),
                ],
                "scenes": [
                    (
                        "14",
                        "INT. TURNUL CU CEAS - camera mecanismului - Matei repară ceasul",
                        "Z",
                        "INT",
                        "1, 2",
                    ),
                    ("15", "EXT. GALERIA DE LEMN - Ana privește piața", "Z", "EXT", "2"),
                ],
                "cast": [("MATEI", "Vlad Ciobanu", 0), ("ANA", "Irina Lazăr", 45)],
                "notes": [
                    "Muzeul se deschide la ora 10:00: în galerie lucrăm doar până atunci. "
                    "Scări înguste, echipament minim în turn.",
                ],
                "footer": "Târnava Film  ·  Ceasul Cetății  ·  Foaia de chemare 5",
            },
        ),
        _ro(
            "carolina",
            "Unirea",
            D(2027, 2, 11),
            "08:00",
            {
                "date_style": "ro_num",
                "time_style": "ro",
                "company": "APULUM PRODUCȚIE",
                "office": "Bulevardul Transilvaniei 12, 510009 Alba Iulia",
                "n": "9",
                "day_n": "Ziua de filmare 9 din 30",
                "credits": "Regia: Mihai Oltean  ·  Regizor secund: Diana Pavel",
                # HARD: the cast's call and make-up head the rows, above the crew's call
                "before": [("Chemare actori", -120), ("Machiaj / costume", -90)],
                "after": after,
                "weather": "înnorat, 1 °C",
                "set": "Poarta a III-a și aleea catedralei",
                "schedule": [
                    (-120, "Chemare actori la bază"),
                    (0, "Chemare echipă la Poarta a III-a"),
                    (75, "Prima dublă"),
                    (330, "Pauză de masă"),
                    (630, "Sfârșit estimat"),
                ],
                "scenes": [
                    (
                        "27",
                        "EXT. POARTA A III-A - sosirea delegaților",
                        "Z",
                        "EXT",
                        "1, 2, 3, fig.",
                    ),
                    ("28", "EXT. ALEEA CATEDRALEI - Elena și Ion", "Z", "EXT", "2, 4"),
                ],
                "cast": [
                    ("ION", "Cătălin Rusu", 0),
                    ("ELENA", "Raluca Stan", 30),
                    ("DELEGATUL", "Sorin Matei", 60),
                ],
                "notes": [
                    "Cetatea rămâne deschisă publicului: jandarmii opresc accesul pe alee doar "
                    "în timpul dublelor. Figurația (60) la bază de la ora 6:30.",
                ],
                "footer": "Apulum Producție  ·  Unirea  ·  Foaia de chemare 9",
            },
        ),
        _ro(
            "scaun",
            "Ștefan și Cetatea",
            D(2027, 3, 4),
            "07:00",
            {
                "date_style": "ro",
                "time_style": "ro",
                "company": "BUCOVINA STUDIO",
                "office": "Strada Ștefan cel Mare 25, 720003 Suceava",
                "n": "3",
                "day_n": "Ziua de filmare 3 din 18",
                "credits": "Regia: Tudor Hrițcu  ·  Regizor secund: Oana Grigoraș",
                "before": [("Machiaj / costume", -60)],
                "after": after,
                "weather": "soare, 4 °C, vânt slab",
                "set": "curtea interioară și zidul de est",
                "schedule": [
                    (-60, "Machiaj / costume la bază"),
                    (0, "Chemare echipă în curtea cetății"),
                    (75, "Prima dublă"),
                    (330, "Pauză de masă"),
                    (630, "Sfârșit estimat"),
                ],
                "scenes": [
                    ("6", "EXT. CURTEA CETĂȚII - pregătirea asediului", "Z", "EXT", "1, 2, fig."),
                    ("7", "EXT. ZIDUL DE EST - straja", "Z", "EXT", "3"),
                ],
                "cast": [
                    ("ȘTEFAN", "Bogdan Ursu", 0),
                    ("PÂRCĂLABUL", "Gheorghe Bejan", 30),
                    ("STRAJERUL", "Costel Pintilie", 90),
                ],
                "notes": [
                    "Ziduri fără balustradă: hamuri pentru echipa de cameră pe zidul de est. "
                    "Cai pe platou de la ora 9:00, doar cu îngrijitorul lor.",
                ],
                "footer": "Bucovina Studio  ·  Ștefan și Cetatea  ·  Foaia de chemare 3",
            },
        ),
    ]


# --- near misses: they call people to a place at a time, but no one is shooting -------------


def _procession_summons() -> bytes:
    """A Holy Week brotherhood's summons of its members to the Maundy Thursday procession."""
    c, x0, right = page("A4", "helvetica", margin=44.0)
    centre(c, 52, "VENERABLE HERMANDAD DE NUESTRO PADRE JESÚS DEL PUENTE", 11)
    centre(c, 66, "Cuenca  ·  Semana Santa 2027", 9, bold=False)
    c.hline(x0, right, 76, 1.0)
    centre(c, 100, "CITACIÓN A LOS HERMANOS - PROCESIÓN DEL JUEVES SANTO", 12)
    notice(
        c,
        x0,
        right,
        126,
        [
            ("Fecha", "Jueves Santo, 25 de marzo de 2027"),
            ("Citación", "18:30 h en la Iglesia de San Pedro, Calle de San Pedro, 16001 Cuenca"),
            ("Salida", "19:30 h (puntualidad: la puerta se cierra a las 19:15 h)"),
            ("Vestimenta", "Túnica morada, capuz, guantes blancos, medalla de la hermandad"),
            ("Banceros", "Turno 1: 19:15 h en la sacristía; turno 2: relevo en la Plaza Mayor"),
        ],
        (
            ["HORA", "ITINERARIO", "OBSERVACIONES"],
            [0, 60, 300],
            [
                ("19:30", "Salida de San Pedro", "Toque de tambores y clarines"),
                ("20:10", "Calle de Alfonso VIII", "Relevo de banceros (turno 2)"),
                ("20:45", "Plaza Mayor, Catedral", "Estación de penitencia"),
                ("21:40", "Calle del Trabuco", "Cruz Roja acompaña el paso"),
                ("22:30", "Entrada en San Pedro", "Miserere cantado"),
            ],
        ),
        (
            "AVISOS",
            [
                "Puesto de socorro de Cruz Roja en la Plaza Mayor; urgencias en el Hospital "
                "Virgen de la Luz (Calle Hermandad Donantes de Sangre 1). La televisión "
                "autonómica retransmite la salida: no mirar a las cámaras ni llevar el móvil "
                "en la mano.",
                "Los hermanos que no puedan asistir deben avisar al secretario (Tomás Escribano, "
                "699 555 271) antes del martes. La cuota del año se paga en la casa hermandad.",
            ],
        ),
        table=_table,
        facts_look=(9, 90, 14),
        gaps=(10, 8),
        notes_look=(9, 8.5, 12),
        size=8.5,
        lead=14,
        ruled=True,
    )
    return c.output()


def _harvest_plan() -> bytes:
    """A wine estate's grape-harvest crew plan: squads, vineyards, meeting time, first aid."""
    c, x0, right = page("A4", "helvetica", margin=40.0)
    c.text(x0, 48, "PODERE LE CRETE - AZIENDA AGRICOLA", 13, bold=True)
    grey_text(c, x0, 60, "Via di Martiena 12, 53045 Montepulciano SI  ·  0578 555 118", 8)
    c.right(right, 48, "PIANO VENDEMMIA", 12, bold=True)
    c.right(right, 60, "giovedì 23 settembre 2027", 9)
    c.hline(x0, right, 70, 1.0)
    notice(
        c,
        x0,
        right,
        90,
        [
            ("Ritrovo squadre", "ore 6.30 in cantina, Via di Martiena 12 (timbratura e cassette)"),
            ("Inizio raccolta", "ore 7.00, vigna Sant'Albino (Sangiovese)"),
            ("Pausa pranzo", "ore 12.30 sotto la loggia, pranzo offerto dall'azienda"),
            ("Fine prevista", "ore 16.30, ultimo carico al tino 4"),
            (
                "Pronto soccorso",
                "Ospedale di Nottola, Montepulciano (112); cassetta in ogni trattore",
            ),
        ],
        (
            ["SQUADRA", "CAPOSQUADRA", "VIGNA", "RITROVO", "PERSONE"],
            [0, 70, 180, 330, 410],
            [
                ("A", "Giuliano Rossi", "Sant'Albino (filari 1-40)", "6.30 cantina", "8"),
                ("B", "Marisa Fè", "Sant'Albino (filari 41-80)", "6.30 cantina", "8"),
                ("C", "Ahmed Benali", "Le Grazie (Canaiolo)", "6.45 bivio Le Grazie", "6"),
                ("Trattori", "Piero Contucci", "spola vigne - cantina", "6.15 rimessa", "2"),
            ],
        ),
        (
            "NOTE",
            [
                "Forbici e guanti si ritirano in cantina; scarpe chiuse obbligatorie. Un "
                "fotografo della rivista del Consorzio passa in vigna verso le 10.00: chi non "
                "vuole essere ripreso lo dica al caposquadra.",
                "In caso di pioggia la raccolta è rinviata: messaggio sul gruppo entro le 6.00.",
            ],
        ),
        table=_table,
        facts_look=(8.5, 110, 14),
        suffix="",
        notes_look=(9, 8.5, 12),
        size=8.5,
        lead=14,
        ruled=True,
    )
    return c.output()


def _blood_drive_rota() -> bytes:
    """A blood-donor association's volunteer rota for a blood drive in a public hall."""
    c, x0, right = page("A4", "helvetica", margin=46.0)
    c.text(x0, 52, "AMICALE DES DONNEURS DE SANG BÉNÉVOLES DE QUIMPER", 11, bold=True)
    grey_text(c, x0, 64, "En partenariat avec l'EFS Bretagne  ·  Site de Quimper", 8)
    c.right(right, 66, "PLANNING DES BÉNÉVOLES", 10, bold=True)
    c.hline(x0, right, 74, 1.0)
    centre(c, 100, "COLLECTE DE SANG - jeudi 15 avril 2027", 12)
    notice(
        c,
        x0,
        right,
        126,
        [
            ("Lieu", "Salle du Chapeau Rouge, 2 rue du Chapeau Rouge, 29000 Quimper"),
            ("Installation", "13h30 : tables, chaises, fléchage (équipe 1)"),
            ("Collecte", "14h30 - 19h00 (dernier donneur accueilli à 18h45)"),
            ("Rangement", "19h15 avec l'équipe EFS"),
            ("Responsable", "Yvette Quéméner, 06 55 41 27 08"),
        ],
        (
            ["CRÉNEAU", "POSTE", "BÉNÉVOLES"],
            [0, 90, 260],
            [
                ("13h30 - 14h30", "Installation, fléchage", "Loïc, Nolwenn, Jean-Yves"),
                ("14h15 - 17h00", "Accueil et inscriptions", "Annick, Gwenola"),
                ("14h15 - 17h00", "Collation après le don", "Marie-Thé, Ronan"),
                ("16h45 - 19h15", "Accueil et inscriptions", "Soizic, Pierre"),
                ("16h45 - 19h15", "Collation après le don", "Erwan, Maïwenn"),
            ],
        ),
        (
            "À SAVOIR",
            [
                "L'équipe médicale de l'EFS arrive à 13h45 avec le camion. Malaise d'un donneur : "
                "le médecin de collecte est prévenu en premier; urgences du Centre hospitalier de "
                "Cornouaille, 14 avenue Yves Thépot. Une journaliste de Tébéo fera quelques images "
                "de l'accueil vers 17h00.",
                "Empêchement : prévenir Yvette avant le mardi 13 avril. Merci à toutes et à tous !",
            ],
        ),
        table=_table,
        facts_look=(9, 90, 14),
        suffix=" :",
        gaps=(10, 10),
        notes_look=(9.5, 9, 12.5),
        size=9,
        lead=15,
        ruled=True,
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_procession_summons",
            "a Holy Week brotherhood's summons of its members to the Maundy Thursday procession "
            "in Cuenca, A4: the brotherhood, 'CITACIÓN A LOS HERMANOS', Fecha / Citación 18:30 h "
            "at a church's address / Salida / Vestimenta / Banceros rows; a ruled HORA / "
            "ITINERARIO table; notices with the first-aid post, the A&E and the regional TV's "
            "broadcast of the departure",
            _procession_summons,
        ),
        (
            "near_miss_harvest_plan",
            "a Montepulciano wine estate's grape-harvest plan (piano vendemmia), A4: estate and "
            "address, the date; 'Ritrovo squadre ore 6.30' at the winery, start, lunch, end, "
            "'Pronto soccorso' rows; a ruled table of squads, leaders, vineyards and meeting "
            "times; notes with a magazine photographer in the vineyard",
            _harvest_plan,
        ),
        (
            "near_miss_blood_drive_rota",
            "a blood-donor association's volunteer rota for a blood drive in Quimper, A4: the "
            "association and 'PLANNING DES BÉNÉVOLES', 'COLLECTE DE SANG - jeudi 15 avril 2027'; "
            "Lieu (a hall's street address), Installation 13h30, Collecte, Rangement, Responsable "
            "rows; a ruled CRÉNEAU / POSTE / BÉNÉVOLES table; notes with the medical team, the "
            "hospital's A&E and a local TV journalist filming the welcome desk",
            _blood_drive_rota,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_fds_sheets(),
        *_qc_sheets(),
        *_odg_sheets(),
        *_es_sheets(),
        *_pt_sheets(),
        *_ro_sheets(),
        *_other_sheets(),
    ]
