"""Fifty-ninth held-out set: call sheets from German-speaking, Dutch, Nordic / Baltic and Central
European crews in forms the corpus lacks, in towns not yet in the corpus (`fresh58_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh58"). Swiss German Dispos with grey section bars, "Besammlung" and
"Zeit: 07.15 h", dates "Mo, 11.1.27" and "Notfall 144" (Chur, Thun, Zug); German series
Tagesdispos typed as a two-column list with "Drehort / Motiv" and a "Treffpunkt" map note
(Quedlinburg, Wismar, Landshut); Czech "denní plán natáčení" with a strip of time boxes led by
SRAZ ŠTÁBU (Telč, Třeboň, Kroměříž); Hungarian "napi diszpozíció" with an Időpont / Program
table ("Stáb hívás", "Sürgősségi"; Pécs, Veszprém, Kecskemét); Finnish, Estonian and Icelandic
day orders typed in a word processor ("Kokoontuminen klo 7.30", "Kogunemine", "Mæting
tökuliðs"; Porvoo, Kuressaare, Hafnarfjörður) and Dutch "draaischema" day overviews with "Call
crew" and Dutch postcodes (Zutphen, Alkmaar, Middelburg). Three near misses, all `other`: a
Dutch polling station's staff instructions for election day, a Finnish ski race's competition
information and a Swiss civil protection service call-up.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, centre
from tests.corpus.formats import add_minutes
from tests.corpus.fresh_common import (
    clock,
    date_or,
    day_tables,
    fill,
    grey_text,
    head_table,
    label_rows,
    page,
    paragraph,
    ruled_cells,
    sheet_maker,
    time_or,
    titled_notes,
)
from tests.corpus.fresh_skeletons import (
    DE_WD_LONG,
    NL_WD,
    NL_WD_LONG,
    Day,
    family,
    family_tables,
    footer,
    near_misses,
    notice,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date

P: dict[str, Place] = {
    # (1) Swiss German Dispos: Chur, Thun, Zug
    "kathedrale": _p(
        "ch",
        "Kathedrale St. Mariä Himmelfahrt",
        "Hof 19",
        "7000 Chur",
        46.8490,
        9.5350,
        "Europe/Zurich",
        "Kantonsspital Graubünden",
        "Loëstrasse 170",
        "7000 Chur",
        "081 256 61 11",
        "Parkhaus Arcas, Plessurquai",
        "7000 Chur",
    ),
    "schlossthun": _p(
        "ch",
        "Schloss Thun",
        "Schlossberg 1",
        "3600 Thun",
        46.7590,
        7.6300,
        "Europe/Zurich",
        "Spital Thun",
        "Krankenhausstrasse 12",
        "3600 Thun",
        "058 636 26 26",
        "Parkhaus Schlossberg, Grabengut",
        "3600 Thun",
    ),
    "zytturm": _p(
        "ch",
        "Zytturm Zug",
        "Kolinplatz 1",
        "6300 Zug",
        47.1660,
        8.5170,
        "Europe/Zurich",
        "Zuger Kantonsspital",
        "Landhausstrasse 11",
        "6340 Baar",
        "041 399 11 11",
        "Parkhaus Casino, Artherstrasse",
        "6300 Zug",
    ),
    # (2) German series Tagesdispos as a two-column list: Quedlinburg, Wismar, Landshut
    "servatii": _p(
        "de",
        "Stiftskirche St. Servatii",
        "Schlossberg 1",
        "06484 Quedlinburg",
        51.7860,
        11.1370,
        "Europe/Berlin",
        "Harzklinikum Dorothea Christiane Erxleben",
        "Ditfurter Weg 24",
        "06484 Quedlinburg",
        "03946 9090",
        "Parkplatz Carl-Ritter-Straße",
        "06484 Quedlinburg",
    ),
    "nikolai": _p(
        "de",
        "St.-Nikolai-Kirche",
        "St.-Nikolai-Kirchhof 15",
        "23966 Wismar",
        53.8930,
        11.4630,
        "Europe/Berlin",
        "Sana Hanse-Klinikum Wismar",
        "Störtebekerstraße 6",
        "23966 Wismar",
        "03841 330",
        "Parkplatz Alter Hafen, Am Alten Hafen",
        "23966 Wismar",
    ),
    "trausnitz": _p(
        "de",
        "Burg Trausnitz",
        "Burg Trausnitz 168",
        "84036 Landshut",
        48.5320,
        12.1580,
        "Europe/Berlin",
        "Klinikum Landshut",
        "Robert-Koch-Straße 1",
        "84034 Landshut",
        "0871 6980",
        "Parkplatz Grieserwiese, Wittstraße",
        "84036 Landshut",
    ),
    # (3) Czech denní plán natáčení: Telč, Třeboň, Kroměříž
    "telc": _p(
        "cz",
        "Státní zámek Telč",
        "náměstí Zachariáše z Hradce 1",
        "588 56 Telč",
        49.1840,
        15.4530,
        "Europe/Prague",
        "Nemocnice Jihlava",
        "Vrchlického 59",
        "586 01 Jihlava",
        "567 157 111",
        "Parkoviště Na Baště, Na Baště",
        "588 56 Telč",
    ),
    "trebon": _p(
        "cz",
        "Státní zámek Třeboň",
        "Zámek 115",
        "379 01 Třeboň",
        49.0040,
        14.7660,
        "Europe/Prague",
        "Nemocnice České Budějovice",
        "B. Němcové 585/54",
        "370 01 České Budějovice",
        "387 871 111",
        "Parkoviště U Lázní, Lázeňská",
        "379 01 Třeboň",
    ),
    "kromeriz": _p(
        "cz",
        "Arcibiskupský zámek Kroměříž",
        "Sněmovní náměstí 1",
        "767 01 Kroměříž",
        49.2990,
        17.3930,
        "Europe/Prague",
        "Kroměřížská nemocnice",
        "Havlíčkova 660/69",
        "767 01 Kroměříž",
        "573 322 111",
        "Parkoviště Vodní, Vodní ulice",
        "767 01 Kroměříž",
    ),
    # (4) Hungarian napi diszpozíció: Pécs, Veszprém, Kecskemét
    "pecs": _p(
        "hu",
        "Pécsi Székesegyház",
        "Szent István tér 23.",
        "7624 Pécs",
        46.0780,
        18.2230,
        "Europe/Budapest",
        "PTE Klinikai Központ",
        "Ifjúság útja 13.",
        "7624 Pécs",
        "+36 72 536 000",
        "Parkoló, Aradi vértanúk útja",
        "7621 Pécs",
    ),
    "veszprem": _p(
        "hu",
        "Szent Mihály-székesegyház",
        "Vár utca 18.",
        "8200 Veszprém",
        47.0950,
        17.9050,
        "Europe/Budapest",
        "Csolnoky Ferenc Kórház",
        "Kórház utca 1.",
        "8200 Veszprém",
        "+36 88 556 000",
        "Parkoló, Óváros tér",
        "8200 Veszprém",
    ),
    "cifrapalota": _p(
        "hu",
        "Cifrapalota",
        "Rákóczi út 1.",
        "6000 Kecskemét",
        46.9070,
        19.6930,
        "Europe/Budapest",
        "Bács-Kiskun Vármegyei Oktatókórház",
        "Nyíri út 38.",
        "6000 Kecskemét",
        "+36 76 516 700",
        "Parkoló, Deák Ferenc tér",
        "6000 Kecskemét",
    ),
    # (5) Finnish, Estonian and Icelandic day orders: Porvoo, Kuressaare, Hafnarfjörður
    "porvoo": _p(
        "fi",
        "Porvoon tuomiokirkko",
        "Kirkkotori 1",
        "06100 Porvoo",
        60.3960,
        25.6640,
        "Europe/Helsinki",
        "Porvoon sairaala",
        "Sairaalantie 1",
        "06150 Porvoo",
        "019 548 21",
        "Pysäköinti Aleksanterinkatu 2",
        "06100 Porvoo",
    ),
    "kuressaare": _p(
        "ee",
        "Kuressaare piiskopilinnus",
        "Lossihoov 1",
        "93815 Kuressaare",
        58.2480,
        22.4780,
        "Europe/Tallinn",
        "Kuressaare Haigla",
        "Aia 25",
        "93815 Kuressaare",
        "+372 452 0100",
        "Parkla, Lossi tänav",
        "93819 Kuressaare",
    ),
    "hafnarborg": _p(
        "is",
        "Hafnarborg",
        "Strandgata 34",
        "220 Hafnarfjörður",
        64.0670,
        -21.9550,
        "Atlantic/Reykjavik",
        "Landspítali Fossvogi",
        "Fossvogur",
        "108 Reykjavík",
        "543 1000",
        "Bílastæði við Fjörð, Fjarðargata",
        "220 Hafnarfjörður",
    ),
    # (6) Dutch draaischema day overviews: Zutphen, Alkmaar, Middelburg
    "walburgis": _p(
        "nl",
        "Walburgiskerk",
        "'s-Gravenhof 4",
        "7201 DN Zutphen",
        52.1390,
        6.1960,
        "Europe/Amsterdam",
        "Gelre ziekenhuizen Zutphen",
        "Den Elterweg 77",
        "7207 AE Zutphen",
        "0575 59 25 92",
        "Parkeerterrein Houtwal, Houtwal",
        "7201 ES Zutphen",
    ),
    "waagalkmaar": _p(
        "nl",
        "Waaggebouw Alkmaar",
        "Waagplein 2",
        "1811 JP Alkmaar",
        52.6320,
        4.7500,
        "Europe/Amsterdam",
        "Noordwest Ziekenhuisgroep Alkmaar",
        "Wilhelminalaan 12",
        "1815 JD Alkmaar",
        "072 548 44 44",
        "Parkeergarage Kanaalkade, Kanaalkade",
        "1811 LR Alkmaar",
    ),
    "abdij": _p(
        "nl",
        "Abdij Middelburg",
        "Abdijplein 9",
        "4331 BK Middelburg",
        51.5000,
        3.6130,
        "Europe/Amsterdam",
        "Adrz Vlissingen",
        "Koudekerkseweg 88",
        "4382 EE Vlissingen",
        "0118 425 000",
        "Parkeergarage Kousteensedijk, Kousteensedijk",
        "4331 JE Middelburg",
    ),
}

DE_WD = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
CS_WD = ["po", "út", "st", "čt", "pá", "so", "ne"]
CS_WD_LONG = ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"]
CS_MON = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna"]
CS_MON += ["září", "října", "listopadu", "prosince"]
HU_WD = ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"]
HU_MON = ["január", "február", "március", "április", "május", "június", "július"]
HU_MON += ["augusztus", "szeptember", "október", "november", "december"]
FI_WD = ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"]
ET_WD = ["esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev"]
IS_WD = ["mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur"]
IS_WD += ["laugardagur", "sunnudagur"]
IS_MON = ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september"]
IS_MON += ["október", "nóvember", "desember"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, _, _ = clock(hhmm)
    forms = {
        "ch_h": f"{h:02d}.{m:02d} h",  # Swiss "07.15 h"
        "de_uhr": f"{h:02d}:{m:02d} Uhr",  # "07:00 Uhr"
        "cz": f"{h}:{m:02d}",  # "7:30"
        "cz_hod": f"{h}.{m:02d} hod.",  # "7.30 hod."
        "hu": f"{h}:{m:02d}",  # "7:30"
        "hu_ora": f"{h} óra {m:02d}",  # "7 óra 30"
        "fi_klo": f"klo {h}.{m:02d}",  # "klo 7.30"
        "fi": f"{h}.{m:02d}",  # "7.30"
        "ee": f"{h:02d}:{m:02d}",  # "07:30"
        "is_kl": f"kl. {h:02d}:{m:02d}",  # "kl. 07:30"
        "nl_uur": f"{h}.{m:02d} uur",  # "7.30 uur"
        "nl": f"{h:02d}:{m:02d}",  # "07:30"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    wd, mi = d.weekday(), d.month - 1
    forms = {
        "ch": f"{DE_WD[wd]}, {d.day}.{d.month}.{d:%y}",  # "Mo, 11.1.27"
        "de_long": f"{DE_WD_LONG[wd]}, {d:%d.%m.%Y}",  # "Dienstag, 15.12.2026"
        "de_short": f"{DE_WD[wd]}., {d:%d.%m.%Y}",  # "Mi., 09.12.2026"
        "cz": f"{CS_WD[wd]} {d.day}. {d.month}. {d.year}",  # "út 12. 1. 2027"
        "cz_long": f"{CS_WD_LONG[wd]} {d.day}. {CS_MON[mi]} {d.year}",  # "úterý 12. ledna 2027"
        "hu": f"{d.year}. {HU_MON[mi]} {d.day}., {HU_WD[wd]}",  # "2026. december 15., kedd"
        "hu_num": f"{d.year}. {d.month:02d}. {d.day:02d}. ({HU_WD[wd]})",  # "2026. 12. 15. (kedd)"
        "fi": f"{FI_WD[wd]} {d.day}.{d.month}.{d.year}",  # "tiistai 12.1.2027"
        "ee": f"{ET_WD[wd]}, {d:%d.%m.%Y}",  # "teisipäev, 12.01.2027"
        "is": f"{IS_WD[wd]} {d.day}. {IS_MON[mi]} {d.year}",  # "þriðjudagur 12. janúar 2027"
        "nl_dash": f"{NL_WD_LONG[wd]} {d.day}-{d.month}-{d.year}",  # "dinsdag 15-12-2026"
        "nl_short": f"{NL_WD[wd]} {d:%d-%m-%Y}",  # "di 15-12-2026"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh58")
_table = partial(head_table, size=7.5, lead=12)
_family = partial(family, _sheet, P)
_day_tables = partial(family_tables, _table, hm)
_ruled = partial(head_table, size=7.5, lead=12, ruled=True, shade=225)


def _bar(c: Canvas, x: float, y: float, right: float, text: str, level: int = 200) -> float:
    """A grey section bar with its heading; returns the first baseline under it."""
    fill(c, x, y, right - x, 13, level)
    c.text(x + 4, y + 9.5, text, 8.5, bold=True)
    return y + 25


def _colon(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Labels with a colon, a continuation line's empty label left bare."""
    return [(f"{k}:" if k else "", v) for k, v in rows]


def _strip(
    c: Canvas, x: float, y: float, right: float, cells: list[tuple[str, str]], big: int = 0
) -> float:
    """A row of ruled boxes (label over time), box `big` heavier and its time larger; returns
    the y under the row."""
    sw = (right - x) / len(cells)
    for i, (lab, val) in enumerate(cells):
        heavy = i == big
        c.box(x + i * sw, y, sw, 34, 1.5 if heavy else 0.5)
        fit(c, x + i * sw + 4, y + 10, lab, 6.8, sw - 8, bold=True)
        fit(c, x + i * sw + 4, y + 27, val, 13 if heavy else 9.5, sw - 8, bold=heavy)
    return y + 34


# --- (1) Swiss German Dispos: grey bars, "Besammlung", "Zeit: 07.15 h", "Notfall 144" ---------


@_family(
    "ch_dispo",
    "Swiss German Dispo, A4: company and office, 'DISPO Nr. n' and 'Drehtag 7/25'; the title "
    "and credits; 'Drehtag: Mo, 11.1.27'; grey section bars BESAMMLUNG CREW (Zeit: 07.15 h, "
    "Ort), DREHORT (Ort, Adresse, Motiv), ZEITEN in two columns with sun times, NOTFALL 144 "
    "(Spital, Adresse, Telefon, Parkplatz); Bild, Darsteller/in and crew tables; Bemerkungen",
    name="ch_{key}",
)
def _ch(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", g["font"], margin=38.0)
    c.text(x0, 44, g["company"], 9, bold=True)
    grey_text(c, x0, 54, g["office"], 7)
    c.right(right, 44, f"DISPO Nr. {g['n']}", 13, bold=True)
    c.right(right, 56, g["day_n"], 8)
    c.text(x0, 84, title, 19, bold=True)
    c.text(x0, 98, g["credits"], 8)
    y = 112.0
    if "sent" in g:
        # HARD: the day the Dispo was sent, in the same short form, above the shoot date
        c.text(x0, y, f"verschickt: {g['sent']}", 8)
        y += 12
    c.text(x0, y, "Drehtag:", 10, bold=True)
    c.text(x0 + 60, y, day_text(day, "ch"), 10, bold=True)
    y += 10
    y = _bar(c, x0, y, right, "BESAMMLUNG CREW")
    label_rows(
        c,
        x0 + 4,
        y,
        right,
        [("Zeit", hm(call, t)), ("Ort", g["meet"])],
        9,
        60,
        12,
        suffix=":",
    )
    y += 30
    y = _bar(c, x0, y - 6, right, "DREHORT")
    label_rows(
        c,
        x0 + 4,
        y,
        right,
        [("Ort", p.name), ("Adresse", p.address), ("Motiv", g["set"])],
        9,
        60,
        12,
        suffix=":",
    )
    y += 42
    y = _bar(c, x0, y - 6, right, "ZEITEN")
    times = [(lab, hm(add_minutes(call, off), t)) for lab, off in g["times"]]
    times += [("Sonnenaufgang", hm(rise, t)), ("Sonnenuntergang", hm(fall, t))]
    half = (len(times) + 1) // 2
    w = (right - x0) / 2
    for col, chunk in enumerate((times[:half], times[half:])):
        label_rows(c, x0 + 4 + col * w, y, x0 + (col + 1) * w, chunk, 8.5, 100, 11.5)
    y += 11.5 * half + 6
    y = _bar(c, x0, y - 6, right, "NOTFALL 144")
    label_rows(
        c,
        x0 + 4,
        y,
        right,
        [
            ("Spital", p.hospital),
            ("Adresse", p.hospital_address),
            ("Telefon", p.hospital_phone),
            ("Parkplatz", f"{p.base_street}, {p.base_city}"),
        ],
        8.5,
        66,
        11.5,
        suffix=":",
    )
    y += 52
    _day_tables(
        c,
        x0,
        y,
        right,
        spec,
        scenes=(["Bild", "Motiv", "T/N", "I/A", "Rollen"], [0, 36, 330, 370, 410]),
        cast=(["Rolle", "Darsteller/in", "Abholung", "Maske", "Set"], [0, 90, 230, 310, 390]),
        steps=[-80, -60, 0],
        crew=(["Funktion", "Name", "Telefon", "Zeit"], [0, 110, 260, 380]),
        notes=("BEMERKUNGEN", 9, 8, 10.5),
    )
    footer(c, g["footer"], x0)
    return c.output()


def _ch_sheets() -> list[Sheet]:
    return [
        _ch(
            "kathedrale",
            "Der Bischofshof",
            D(2027, 1, 11),
            "07:15",
            {
                "font": "helvetica",
                "time_style": "ch_h",
                "company": "Plessur Film GmbH",
                "office": "Reichsgasse 25, 7000 Chur  ·  081 555 20 40",
                "n": "7",
                "day_n": "Drehtag 7/25",
                "credits": "Regie: Seraina Caduff  ·  Produktion: Gian Casutt",
                "meet": "Hof vor der Kathedrale (Zufahrt nur bis 07.00 h)",
                "set": "Chorraum und Krypta",
                "times": [
                    ("Maske / Kostüm", -45),
                    ("Drehbeginn", 75),
                    ("Mittag", 315),
                    ("Drehschluss", 585),
                ],
                "scenes": [
                    ("31", "Kathedrale - Chorraum, die Weihe", "T", "I", "1, 2"),
                    ("32", "Krypta - Anna findet den Schlüssel", "T", "I", "1"),
                ],
                "cast": [("ANNA", "Ladina Derungs", 0), ("BISCHOF", "Reto Camenisch", 60)],
                "crew": [
                    ("Aufnahmeleitung", "Corsin Flury", "079 555 31 20", 0),
                    ("Kamera", "Mirjam Item", "078 555 44 81", 0),
                    ("Licht", "Flurin Bass", "076 555 12 90", -60),
                ],
                "notes": [
                    "In der Kathedrale bitte Filzschuhe über die Arbeitsschuhe. Um 12.00 h "
                    "läuten die Glocken: keine Aufnahmen von 11.55 h bis 12.10 h.",
                ],
                "footer": "Plessur Film  ·  Der Bischofshof  ·  Dispo 7",
            },
        ),
        _ch(
            "schlossthun",
            "Seelicht",
            D(2026, 12, 15),
            "07:00",
            {
                "font": "sans",
                "time_style": "ch_h",
                "company": "Aare Pictures AG",
                "office": "Bälliz 40, 3600 Thun  ·  033 555 71 10",
                "n": "12",
                "day_n": "Drehtag 12/30",
                "credits": "Regie: Beat Gerber  ·  Produktion: Nadja Wyss",
                "meet": "Rathausplatz Thun, beim Brunnen",
                "set": "Rittersaal und Turmzimmer",
                "times": [
                    ("Maske / Kostüm", -30),
                    ("Drehbeginn", 90),
                    ("Mittag", 330),
                    ("Drehschluss", 600),
                ],
                "scenes": [
                    ("44", "Schloss - Rittersaal, das Fest", "N", "I", "1, 2, 3"),
                    ("45", "Schloss - Turmzimmer, Blick auf den See", "T", "I", "2"),
                ],
                "cast": [
                    ("LENA", "Sabine Schürch", 0),
                    ("MARTIN", "Urs Zbinden", 30),
                    ("DIE WIRTIN", "Käthi Moser", 90),
                ],
                "crew": [
                    ("Aufnahmeleitung", "Simon Reber", "079 555 64 02", -30),
                    ("Kamera", "Lea Burri", "078 555 18 73", 0),
                    ("Ton", "Jonas Hänni", "076 555 90 45", 0),
                ],
                "notes": [
                    "Das Schlossmuseum ist geöffnet: Besucher im Rittersaal ab 10.00 h nur "
                    "zwischen den Takes. Lift nur für Material.",
                ],
                "footer": "Aare Pictures  ·  Seelicht  ·  Dispo 12",
            },
        ),
        _ch(
            "zytturm",
            "Kirschblut",
            D(2027, 1, 19),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "ch_h",
                "company": "Zugersee Film GmbH",
                "office": "Neugasse 12, 6300 Zug  ·  041 555 80 22",
                "n": "4",
                "day_n": "Drehtag 4/18",
                "credits": "Regie: Andrea Iten  ·  Produktion: Thomas Hürlimann",
                # HARD: the day the Dispo was sent ("Fr, 15.1.27") above the shoot date
                "sent": "Fr, 15.1.27 / 18.30 h",
                "meet": "Landsgemeindeplatz, beim Seeufer",
                "set": "Kolinplatz und Altstadtgasse",
                "times": [
                    ("Maske / Kostüm", -45),
                    ("Drehbeginn", 60),
                    ("Mittag", 300),
                    ("Drehschluss", 570),
                ],
                "scenes": [
                    ("8", "Kolinplatz - Marktstand, Vreni verkauft Kirschen", "T", "A", "1, 3"),
                    ("9", "Altstadtgasse - die Verfolgung", "T", "A", "1, 2"),
                ],
                "cast": [("VRENI", "Mirjam Utiger", 0), ("KOMMISSAR", "Peter Weiss", 45)],
                "crew": [
                    ("Aufnahmeleitung", "Roman Iten", "079 555 22 61", -30),
                    ("Kamera", "Anja Henggeler", "078 555 37 14", 0),
                    ("Grip", "Marco Elsener", "076 555 48 30", -30),
                ],
                "notes": [
                    "Kolinplatz für den Verkehr gesperrt von 07.00 h bis 16.00 h. Glatteis "
                    "möglich: Kabelbrücken mit Salz.",
                ],
                "footer": "Zugersee Film  ·  Kirschblut  ·  Dispo 4",
            },
        ),
    ]


# --- (2) German series Tagesdispos typed as a two-column list with a "Treffpunkt" map note -----


@_family(
    "de_serie_liste",
    "German series Tagesdispo typed as a two-column list, A4: company and block, the series "
    "title in capitals and 'TAGESDISPO' centred; label / value lines: Drehtag, Datum "
    "('Dienstag, 15.12.2026'), Folgen, Regie, 'Treffpunkt Team 07:00 Uhr', Treffpunkt (the "
    "car park), 'Drehort / Motiv' with the address and 'Motiv:', Drehbeginn, Mittag, "
    "Drehschluss, sun, 'Nächstes Krankenhaus'; a Treffpunkt map note; Bild and "
    "Darsteller/in tables; Hinweise",
    name="de_{key}",
)
def _de(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", g["font"], margin=50.0)
    w = right - x0
    c.text(x0, 50, g["company"], 8)
    c.right(right, 50, g["block"], 8)
    centre(c, 78, f"{title.upper()}", 16)
    centre(c, 94, "TAGESDISPO", 11)
    c.hline(x0, right, 102, 0.6)
    ind = 130
    rows = [
        ("Drehtag", g["day_n"]),
        ("Datum", day_text(day, g["date_style"])),
        ("Folgen", g["episodes"]),
        ("Regie", g["director"]),
        ("Treffpunkt Team", hm(call, t)),
        ("Treffpunkt", f"{p.base_street}, {p.base_city}"),
        ("Drehort / Motiv", f"{p.name}, {p.address}"),
        ("", f"Motiv: {g['set']}"),
    ]
    for lab, off in g["times"]:
        rows.append((lab, hm(add_minutes(call, off), t)))
    rows += [
        ("Sonnenaufgang", hm(rise, t)),
        ("Sonnenuntergang", hm(fall, t)),
        ("Nächstes Krankenhaus", p.hospital),
        ("", f"{p.hospital_address}, Tel. {p.hospital_phone}"),
    ]
    if "second" in g:
        rows.insert(8, g["second"])
    y = label_rows(c, x0, 122, right, rows, 9, ind, 13.5)
    y = paragraph(c, x0, y + 4, g["map_note"], 8, w, 10.5)
    _day_tables(
        c,
        x0,
        y + 10,
        right,
        spec,
        scenes=(["Bild", "Motiv", "T/N", "I/A", "Rollen"], [0, 40, 300, 340, 380]),
        cast=(["Rolle", "Darsteller/in", "Abholung", "Maske", "Set"], [0, 90, 230, 310, 390]),
        steps=[-75, -60, 0],
        notes=("Hinweise", 9, 8, 10.5),
    )
    footer(c, g["footer"], x0)
    return c.output()


def _de_sheets() -> list[Sheet]:
    return [
        _de(
            "servatii",
            "Harzblut",
            D(2026, 12, 15),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "de_uhr",
                "date_style": "de_long",
                "company": "Bode Filmproduktion GmbH für MDR",
                "block": "Block 3  ·  Folgen 7 + 8",
                "day_n": "23 von 44",
                "episodes": "7 'Totenkrone', 8 'Der Domschatz'",
                "director": "Katrin Ebeling  ·  Regieassistenz: Tobias Lange",
                "set": "Krypta und Domschatz",
                "times": [("Drehbeginn", 90), ("Mittag", 330), ("Drehschluss", 600)],
                "map_note": "Treffpunkt siehe Karte S. 2: Basis auf dem Parkplatz, von dort "
                "zu Fuß über den Schlossberg (ca. 8 Min.). Kein Parken am Schlossberg!",
                "scenes": [
                    ("7/14", "Krypta - Fund der Leiche", "T", "I", "1, 2, 5"),
                    ("8/3", "Domschatz - Verhör des Küsters", "T", "I", "1, 3"),
                ],
                "cast": [
                    ("KOMMISSARIN BRAND", "Heike Kühn", 0),
                    ("OBERMEISTER LUX", "Sven Möbius", 30),
                    ("KÜSTER", "Gerd Pfau", 90),
                ],
                "notes": [
                    "Die Stiftskirche ist für Besucher geschlossen bis 14 Uhr. Im Domschatz "
                    "nichts berühren: die Restauratorin ist den ganzen Tag am Set.",
                ],
                "footer": "Bode Filmproduktion  ·  Harzblut  ·  Tagesdispo 23",
            },
        ),
        _de(
            "nikolai",
            "Hafenkante Wismar",
            D(2027, 1, 13),
            "07:30",
            {
                "font": "sans",
                "time_style": "de_uhr",
                "date_style": "de_long",
                "company": "Wismarbucht Film GmbH für NDR",
                "block": "Block 2  ·  Folgen 4 - 6",
                "day_n": "11 von 36",
                "episodes": "4 'Kogge', 5 'Backsteingotik'",
                "director": "Malte Rehberg  ·  Regieassistenz: Jana Wulff",
                "set": "Mittelschiff und Turmhalle",
                # HARD: a second Drehort for the afternoon is listed right under the first
                "second": (
                    "Drehort 2 / Motiv",
                    "ab ca. 14 Uhr: Alter Hafen, Am Alten Hafen, 23966 Wismar (Kaikante)",
                ),
                "times": [("Drehbeginn", 75), ("Mittag", 300), ("Drehschluss", 570)],
                "map_note": "Treffpunkt siehe Karte: Basis am Alten Hafen, Zufahrt über die "
                "Ulmenstraße; zur Kirche 5 Min. zu Fuß. Umzug zum Drehort 2 zu Fuß.",
                "scenes": [
                    ("4/22", "Nikolaikirche - Mittelschiff, die Trauerfeier", "T", "I", "1, 2"),
                    ("5/2", "Nikolaikirche - Turmhalle, Geständnis", "T", "I", "1, 4"),
                    ("5/9", "Alter Hafen - Kaikante", "T", "A", "1, 2"),
                ],
                "cast": [
                    ("KOMMISSAR HOLM", "Jens Brüggemann", 0),
                    ("DR. PAULSEN", "Nele Schwarz", 45),
                ],
                "notes": [
                    "In der Kirche ist es kalt (6 Grad): warme Kleidung. Heizstrahler nur in "
                    "der Turmhalle, nicht im Mittelschiff.",
                ],
                "footer": "Wismarbucht Film  ·  Hafenkante Wismar  ·  Tagesdispo 11",
            },
        ),
        _de(
            "trausnitz",
            "Die Trausnitz-Akten",
            D(2026, 12, 9),
            "06:45",
            {
                "font": "helvetica",
                "time_style": "de_uhr",
                "date_style": "de_short",
                "company": "Isartal Fernsehproduktion GmbH für BR",
                "block": "Block 1  ·  Folgen 1 + 2",
                "day_n": "5 von 40",
                "episodes": "1 'Die Fürstentreppe', 2 'Narrenstiege'",
                "director": "Florian Huber  ·  Regieassistenz: Verena Maier",
                "set": "Burghof und Narrentreppe",
                "times": [("Drehbeginn", 90), ("Mittag", 345), ("Drehschluss", 600)],
                "map_note": "Treffpunkt siehe Lageplan: Basis auf der Grieserwiese; Shuttle zur "
                "Burg alle 20 Min. ab 06:15 Uhr. Die Burgzufahrt ist nur für Technik.",
                "scenes": [
                    ("1/18", "Burghof - Ankunft der Ermittler", "T", "A", "1, 2"),
                    ("2/4", "Narrentreppe - Spurensicherung", "T", "I", "1, 2, 3"),
                ],
                "cast": [
                    ("KOMMISSARIN RIEDL", "Anna Gruber", 0),
                    ("KOMMISSAR HAAS", "Max Brandl", 0),
                    ("KASTELLAN", "Sepp Wimmer", 120),
                ],
                "notes": [
                    "Die Narrentreppe (Fresken) darf nur mit Überschuhen betreten werden. "
                    "Kein Licht direkt auf die Wandmalereien.",
                ],
                "footer": "Isartal Fernsehproduktion  ·  Die Trausnitz-Akten  ·  Tagesdispo 5",
            },
        ),
    ]


# --- (3) Czech denní plán natáčení: a strip of time boxes led by SRAZ ŠTÁBU --------------------


@_family(
    "cz_denni_plan",
    "Czech 'denní plán natáčení', A4: company and office, 'DENNÍ PLÁN NATÁČENÍ' and 'natáčecí "
    "den 12 / 30'; the title, credits and the date right ('út 12. 1. 2027', 'čtvrtek 17. "
    "prosince 2026'); a strip of ruled boxes: SRAZ ŠTÁBU heavier, MASKA, ZAČÁTEK NATÁČENÍ, "
    "OBĚD, KONEC, sunrise, sunset ('7:30', '7.30 hod.'); three boxes MÍSTO NATÁČENÍ, "
    "ZÁZEMÍ / PARKOVÁNÍ, NEJBLIŽŠÍ NEMOCNICE; 155 / 112; ruled scenes, cast, crew; poznámky",
    name="cz_{key}",
)
def _cz(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=34.0)
    w = right - x0
    c.text(x0, 42, g["company"], 9, bold=True)
    grey_text(c, x0, 52, g["office"], 7)
    c.right(right, 42, "DENNÍ PLÁN NATÁČENÍ", 11, bold=True)
    c.right(right, 54, g["day_n"], 8)
    c.text(x0, 80, title, 18, bold=True)
    c.text(x0, 94, g["credits"], 8)
    c.right(right, 80, day_text(day, g["date_style"]), 11, bold=True)
    cells = [("SRAZ ŠTÁBU", hm(call, t))]
    cells += [(lab, hm(add_minutes(call, off), t)) for lab, off in g["times"]]
    cells += [("VÝCHOD SLUNCE", hm(rise, t)), ("ZÁPAD SLUNCE", hm(fall, t))]
    y = _strip(c, x0, 104, right, cells) + 8
    hosp = [p.hospital, p.hospital_street, p.hospital_city, f"tel. {p.hospital_phone}"]
    blocks = [
        ("MÍSTO NATÁČENÍ", [p.name, p.street, p.city, g["set"]]),
        ("ZÁZEMÍ / PARKOVÁNÍ", [p.base_street, p.base_city, g["base_note"]]),
        ("NEJBLIŽŠÍ NEMOCNICE (urgentní příjem)", hosp),
    ]
    ruled_cells(c, x0, y, w / 3, blocks, 62, 0.6, label_size=7, size=8, lead=11)
    y += 74
    if "pharmacy" in g:
        # HARD: a pharmacy with its address right under the hospital box
        c.right(right, y, g["pharmacy"], 7.5)
        y += 12
    c.text(x0, y, "Záchranná služba 155  ·  Tísňová linka 112", 8, bold=True)
    written = partial(hm, style=t)
    day_tables(
        _ruled,
        c,
        x0,
        y + 18,
        right,
        g,
        call,
        written,
        scenes=(["OBRAZ", "MOTIV", "D/N", "INT/EXT", "POSTAVY"], [0, 44, 300, 340, 400]),
        cast=(["POSTAVA", "HEREC", "VYZVEDNUTÍ", "MASKA", "NA PLAC"], [0, 100, 240, 330, 410]),
        steps=[-75, -60, 0],
        crew=(["PROFESE", "JMÉNO", "TELEFON", "SRAZ"], [0, 120, 270, 400]),
        notes=("POZNÁMKY", 9, 8, 10.5),
    )
    footer(c, g["footer"], x0)
    return c.output()


def _cz_sheets() -> list[Sheet]:
    times = [("MASKA", -45), ("ZAČÁTEK NATÁČENÍ", 75), ("OBĚD", 315), ("KONEC", 600)]
    return [
        _cz(
            "telc",
            "Bílá paní z Telče",
            D(2027, 1, 12),
            "07:30",
            {
                "time_style": "cz",
                "date_style": "cz",
                "company": "Vysočina Film s.r.o.",
                "office": "Palackého 12, 586 01 Jihlava  ·  IČ 05551234",
                "day_n": "natáčecí den 12 / 30",
                "credits": "Režie: Tereza Dvořáková  ·  Produkce: Ondřej Malý",
                "times": times,
                "set": "Rytířský sál a zámecká zahrada",
                "base_note": "Catering ve stanu u parkoviště",
                # HARD: a pharmacy's name and address printed right under the hospital box
                "pharmacy": "Lékárna U Zlatého lva, nám. Zachariáše z Hradce 10, 588 56 Telč",
                "scenes": [
                    ("23", "Zámek - Rytířský sál, ples", "N", "INT", "1, 2, 4"),
                    ("24", "Zámecká zahrada - Bílá paní", "D", "EXT", "3"),
                ],
                "cast": [
                    ("ZDEŇKA", "Klára Novotná", 0),
                    ("HRABĚ", "Pavel Horák", 30),
                    ("BÍLÁ PANÍ", "Eliška Marková", 120),
                ],
                "crew": [
                    ("Vedoucí produkce", "Ondřej Malý", "603 555 112", -30),
                    ("Kamera", "Jakub Beneš", "604 555 734", 0),
                    ("Osvětlovač", "Martin Kos", "605 555 210", -60),
                ],
                "notes": [
                    "V zámku se nesmí kouřit ani jíst. Prohlídky pro veřejnost jsou zrušeny do "
                    "14:00, poté natáčíme jen v zahradě.",
                ],
                "footer": "Vysočina Film  ·  Bílá paní z Telče  ·  denní plán 12",
            },
        ),
        _cz(
            "trebon",
            "Rybníkář",
            D(2026, 12, 17),
            "07:00",
            {
                "time_style": "cz_hod",
                "date_style": "cz_long",
                "company": "Rožmberk Production a.s.",
                "office": "Masarykovo náměstí 5, 379 01 Třeboň",
                "day_n": "natáčecí den 6 / 24",
                "credits": "Režie: Vojtěch Šimek  ·  Produkce: Lucie Kratochvílová",
                "times": [("MASKA", -30), ("ZAČÁTEK NATÁČENÍ", 90), ("OBĚD", 330), ("KONEC", 600)],
                "set": "nádvoří a zámecká kaple",
                "base_note": "Maskérna a kostýmy v karavanu",
                "scenes": [
                    ("41", "Nádvoří - příjezd Rožmberků", "D", "EXT", "1, 2, kompars"),
                    ("42", "Kaple - křtiny", "D", "INT", "1, 3"),
                ],
                "cast": [("JAKUB KRČÍN", "Tomáš Veselý", 0), ("VILÉM", "Jan Pokorný", 60)],
                "crew": [
                    ("Vedoucí produkce", "Lucie Kratochvílová", "606 555 481", -30),
                    ("Kamera", "Petr Sýkora", "607 555 902", 0),
                    ("Zvuk", "Hana Dušková", "608 555 377", 0),
                ],
                "notes": [
                    "Komparz (40) sraz v 8:00 u parkoviště, kostýmy v tělocvičně ZŠ. Koně "
                    "přijedou v 9:30, na nádvoří jen s doprovodem.",
                ],
                "footer": "Rožmberk Production  ·  Rybníkář  ·  denní plán 6",
            },
        ),
        _cz(
            "kromeriz",
            "Sněm",
            D(2027, 1, 20),
            "08:00",
            {
                "time_style": "cz",
                "date_style": "cz_long",
                "company": "Hanácký film s.r.o.",
                "office": "Riegrovo náměstí 8, 767 01 Kroměříž",
                "day_n": "natáčecí den 3 / 21",
                "credits": "Režie: Barbora Zedníková  ·  Produkce: Radek Hanák",
                "times": times,
                "set": "Sněmovní sál a Manský sál",
                "base_note": "Technika u vjezdu do Podzámecké zahrady",
                "scenes": [
                    ("5", "Sněmovní sál - zasedání sněmu 1848", "D", "INT", "1, 2, 3, kompars"),
                    ("6", "Manský sál - tajná schůzka", "N", "INT", "2, 4"),
                ],
                "cast": [
                    ("PALACKÝ", "Václav Kubíček", 0),
                    ("RIEGER", "Lukáš Doležal", 0),
                    ("ARCIBISKUP", "Josef Zapletal", 90),
                ],
                "crew": [
                    ("Vedoucí produkce", "Radek Hanák", "602 555 318", -30),
                    ("Kamera", "Adéla Vlčková", "603 555 640", 0),
                    ("Architekt", "Milan Pospíšil", "604 555 926", -60),
                ],
                "notes": [
                    "Sněmovní sál je památka UNESCO: žádné stativy na parketách bez podložek, "
                    "světla jen z chodby.",
                ],
                "footer": "Hanácký film  ·  Sněm  ·  denní plán 3",
            },
        ),
    ]


# --- (4) Hungarian napi diszpozíció: an Időpont / Program table with "Stáb hívás" ---------------


@_family(
    "hu_napi_diszpozicio",
    "Hungarian 'napi diszpozíció', A4: a dark band with the company and 'NAPI "
    "DISZPOZÍCIÓ'; the title and credits centred; Forgatási nap, Dátum ('2026. december "
    "15., kedd', '2027. 01. 14. (csütörtök)'), napkelte / napnyugta; a ruled IDŐPONT / "
    "PROGRAM table left (smink, 'Stáb hívás', első felvétel, ebéd, forgatás vége) and boxes "
    "HELYSZÍN, BÁZIS / PARKOLÁS, SÜRGŐSSÉGI OSZTÁLY right, 104 / 112; scenes, cast; notes",
    name="hu_{key}",
)
def _hu(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=40.0)
    w = right - x0
    fill(c, 0, 0, c.width, 30, 60)
    c.pdf.set_text_color(255, 255, 255)
    c.text(x0, 20, g["company"], 9, bold=True)
    c.right(right, 20, "NAPI DISZPOZÍCIÓ", 11, bold=True)
    c.pdf.set_text_color(0, 0, 0)
    centre(c, 60, title, 18)
    centre(c, 76, g["credits"], 8, bold=False)
    y = label_rows(
        c,
        x0,
        100,
        right,
        [
            ("Forgatási nap", g["day_n"]),
            ("Dátum", day_text(day, g["date_style"])),
            ("Napkelte / napnyugta", f"{hm(rise, t)} / {hm(fall, t)}"),
        ],
        9.5,
        145,
        14,
        suffix=":",
    )
    rows = [(hm(add_minutes(call, off), t), what) for off, what in g["program"]]
    y = _ruled(c, x0, y + 6, ["IDŐPONT", "PROGRAM"], [0, 80], rows, x0 + w * 0.55)
    blocks = [
        ("HELYSZÍN", [p.name, p.street, p.city, g["set"]]),
        ("BÁZIS / PARKOLÁS", [p.base_street, p.base_city]),
        (
            "SÜRGŐSSÉGI OSZTÁLY",
            [p.hospital, p.hospital_street, p.hospital_city, f"Tel.: {p.hospital_phone}"],
        ),
    ]
    bx = x0 + w * 0.58
    by = 132.0
    for head, lines in blocks:
        h = 19 + 11 * len(lines)
        c.box(bx, by, right - bx, h, 0.6)
        c.text(bx + 5, by + 11, head, 7.5, bold=True)
        for k, ln in enumerate(lines):
            fit(c, bx + 5, by + 23 + 11 * k, ln, 8, right - bx - 10)
        by += h + 6
    c.text(bx, by + 8, "Mentők: 104  ·  Segélyhívó: 112", 8, bold=True)
    y = _day_tables(
        c,
        x0,
        max(y, by + 20) + 8,
        right,
        spec,
        scenes=(["JELENET", "HELYSZÍN", "N/É", "BEL/KÜL", "SZEREPLŐK"], [0, 50, 300, 340, 400]),
        cast=(["SZEREP", "SZÍNÉSZ", "FELVÉTEL", "SMINK", "FORGATÁS"], [0, 100, 240, 330, 410]),
        steps=[-75, -60, 0],
        notes=("MEGJEGYZÉSEK", 9, 8, 10.5),
    )
    if "tomorrow" in g:
        # HARD: the next shooting day's date and call under the notes
        c.text(x0, y + 6, g["tomorrow"], 8, bold=True)
    footer(c, g["footer"], x0)
    return c.output()


def _hu_program(first: int, lunch: int, wrap: int) -> list[tuple[int, str]]:
    return [
        (-45, "Smink, jelmez"),
        (0, "Stáb hívás"),
        (first, "Első felvétel"),
        (lunch, "Ebéd"),
        (wrap, "Forgatás vége"),
    ]


def _hu_sheets() -> list[Sheet]:
    return [
        _hu(
            "pecs",
            "A mecseki püspök",
            D(2026, 12, 15),
            "07:30",
            {
                "time_style": "hu",
                "date_style": "hu",
                "company": "Mecsek Film Kft.",
                "credits": "Rendező: Kovács Dóra  ·  Gyártásvezető: Szabó Gergely",
                "day_n": "8 / 20",
                "program": _hu_program(75, 315, 585),
                "set": "főhajó és altemplom",
                "scenes": [
                    ("14", "Székesegyház - főhajó, a mise", "N", "BEL", "1, 2, statiszta"),
                    ("15", "Altemplom - a titkos levél", "É", "BEL", "1, 3"),
                ],
                "cast": [
                    ("PÜSPÖK", "Nagy Ferenc", 0),
                    ("ILONA", "Tóth Réka", 30),
                    ("SEKRESTYÉS", "Varga Imre", 90),
                ],
                "notes": [
                    "A székesegyház 10:00-tól látogatható: felvétel csak a turistacsoportok "
                    "között. Az altemplomban hideg van, meleg ruha ajánlott.",
                ],
                "footer": "Mecsek Film  ·  A mecseki püspök  ·  8. forgatási nap",
            },
        ),
        _hu(
            "veszprem",
            "Várhegy",
            D(2027, 1, 14),
            "08:00",
            {
                "time_style": "hu",
                "date_style": "hu_num",
                "company": "Bakony Media Zrt.",
                "credits": "Rendező: Fehér Bence  ·  Gyártásvezető: Molnár Zsófia",
                "day_n": "3 / 16",
                "program": _hu_program(90, 330, 600),
                "set": "a székesegyház előtti tér és a kripta",
                # HARD: the next shooting day's date and call printed under the notes
                "tomorrow": "Holnap, 2027. 01. 15. (péntek): stáb hívás 7:00, Óváros tér.",
                "scenes": [
                    ("21", "Vár utca - a királyné érkezése", "É", "KÜL", "1, 2"),
                    ("22", "Kripta - Gizella sírja", "É", "BEL", "1"),
                ],
                "cast": [("GIZELLA", "Horváth Anna", 0), ("ISTVÁN", "Kiss Dániel", 60)],
                "notes": [
                    "A Vár utca 7:00 és 17:00 között le van zárva. Jeges a macskakő: "
                    "csúszásgátló a kábelhidakra.",
                ],
                "footer": "Bakony Media  ·  Várhegy  ·  3. forgatási nap",
            },
        ),
        _hu(
            "cifrapalota",
            "Szecesszió",
            D(2026, 12, 10),
            "07:00",
            {
                "time_style": "hu_ora",
                "date_style": "hu",
                "company": "Alföld Pictures Kft.",
                "credits": "Rendező: Balogh Petra  ·  Gyártásvezető: Lakatos Ádám",
                "day_n": "12 / 25",
                "program": _hu_program(90, 330, 570),
                "set": "a díszterem és a lépcsőház",
                "scenes": [
                    ("33", "Cifrapalota - díszterem, a bál", "É", "BEL", "1, 2, 4"),
                    ("34", "Lépcsőház - búcsú", "É", "BEL", "1, 2"),
                ],
                "cast": [
                    ("MARGIT", "Simon Eszter", 0),
                    ("LAJOS", "Farkas Máté", 0),
                    ("ZENÉSZ", "Oláh Béla", 120),
                ],
                "notes": [
                    "A Kecskeméti Képtár nyitva tart: a lépcsőházban csak 12 óráig forgatunk. "
                    "A majolika falat nem szabad megvilágítani közelről.",
                ],
                "footer": "Alföld Pictures  ·  Szecesszió  ·  12. forgatási nap",
            },
        ),
    ]


# --- (5) Finnish, Estonian, Icelandic day orders typed in a word processor ---------------------


@_family(
    "fi_ee_is_paivajarjestys",
    "Finnish 'PÄIVÄJÄRJESTYS', Estonian 'PÄEVAPLAAN', Icelandic 'DAGSKRÁ' typed in a word "
    "processor, A4, serif: heading, title, company, 'kuvauspäivä 5/24' and the date right; "
    "bold label lines: Päivämäärä / Kuupäev / Dagsetning ('tiistai 12.1.2027', "
    "'teisipäev, 12.01.2027', 'þriðjudagur 12. janúar 2027'), 'Kokoontuminen klo 7.30' / "
    "'Kogunemine 07:30' / 'Mæting tökuliðs kl. 07:30' with the place, first shot, lunch, "
    "wrap, sun, the location with its address, base, the emergency hospital and 112; a "
    "scene and a cast table; a paragraph of notes",
    name="{g[lang]}_{key}",
)
def _north(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    lab = g["labels"]
    c, x0, right = page("A4", "serif", margin=56.0)
    w = right - x0
    c.text(x0, 56, g["heading"], 14, bold=True)
    c.text(x0, 74, title, 12, bold=True)
    c.text(x0, 88, g["company"], 9)
    c.right(right, 56, g["day_n"], 9)
    c.right(right, 70, day_text(day, g["date_style"]), 9)
    rows = [(lab["date"], day_text(day, g["date_style"]))]
    rows += [(k, hm(add_minutes(call, off), t)) for k, off in g["pre"]]
    rows += [(lab["call"], f"{hm(call, t)}  {g['meet']}")]
    rows += [(k, hm(add_minutes(call, off), t)) for k, off in g["times"]]
    rows += [
        (lab["sun"], f"{hm(rise, t)} / {hm(fall, t)}"),
        (lab["set"], f"{p.name}, {p.address}"),
        ("", g["set"]),
        (lab["base"], f"{p.base_street}, {p.base_city}"),
        (lab["hosp"], f"{p.hospital}, {p.hospital_address}"),
        ("", f"{p.hospital_phone}  ·  {g['sos']}"),
    ]
    y = label_rows(c, x0, 116, right, _colon(rows), 9.5, 190, 14)
    c.hline(x0, right, y - 4, 0.4)
    y = _day_tables(
        c,
        x0,
        y + 14,
        right,
        spec,
        scenes=(g["scene_heads"], [0, 40, 300, 360]),
        cast=(g["cast_heads"], [0, 110, 250, 330]),
        steps=[-60, 0],
    )
    paragraph(c, x0, y + 6, g["notes"][0], 8.5, w, 11)
    footer(c, g["footer"], x0)
    return c.output()


def _north_sheets() -> list[Sheet]:
    return [
        _north(
            "porvoo",
            "Tuomiokirkon varjossa",
            D(2027, 1, 12),
            "07:30",
            {
                "lang": "fi",
                "heading": "PÄIVÄJÄRJESTYS",
                "time_style": "fi_klo",
                "date_style": "fi",
                "company": "Porvoonjoki Filmi Oy",
                "day_n": "kuvauspäivä 5/24",
                "labels": {
                    "date": "Päivämäärä",
                    "call": "Kokoontuminen, koko ryhmä",
                    "sun": "Aurinko nousee / laskee",
                    "set": "Kuvauspaikka",
                    "base": "Tukikohta / pysäköinti",
                    "hosp": "Päivystys",
                },
                # HARD: the lighting and grip crew's own Kokoontuminen an hour earlier, first
                "pre": [("Kokoontuminen, valo ja grip", -60), ("Maski ja puvustus", -30)],
                "meet": "Kirkkotorin portilla",
                "times": [("Ensimmäinen otos", 75), ("Lounas", 300), ("Kuvaukset päättyvät", 570)],
                "set": "kirkkosali ja sakasti",
                "sos": "hätänumero 112",
                "scene_heads": ["Kohtaus", "Kuvaus", "P/Y", "Roolit"],
                "scenes": [
                    ("12", "Kirkkosali - Aino ja kanttori", "P", "1, 2"),
                    ("13", "Sakasti - vanha kirkonkirja", "P", "1"),
                ],
                "cast_heads": ["Rooli", "Näyttelijä", "Maski", "Kuvauspaikalla"],
                "cast": [("AINO", "Sanna Lehtonen", 0), ("KANTTORI", "Mikko Nieminen", 60)],
                "notes": [
                    "Tuomiokirkko on auki yleisölle klo 10 alkaen: hiljaisuus ottojen aikana. "
                    "Liukasta Kirkkotorilla, nastakengät suositeltavia.",
                ],
                "footer": "Porvoonjoki Filmi Oy  ·  Tuomiokirkon varjossa  ·  päivä 5",
            },
        ),
        _north(
            "kuressaare",
            "Piiskopi saladus",
            D(2026, 12, 15),
            "08:00",
            {
                "lang": "ee",
                "heading": "PÄEVAPLAAN",
                "time_style": "ee",
                "date_style": "ee",
                "company": "Saaremaa Film OÜ",
                "day_n": "võttepäev 9/22",
                "labels": {
                    "date": "Kuupäev",
                    "call": "Kogunemine, võttegrupp",
                    "sun": "Päikesetõus / -loojang",
                    "set": "Võttekoht",
                    "base": "Baas / parkimine",
                    "hosp": "Lähim EMO",
                },
                "pre": [("Grimm ja kostüüm", -45)],
                "meet": "linnuse peavärava ees",
                "times": [("Esimene võte", 90), ("Lõuna", 330), ("Võttepäeva lõpp", 600)],
                "set": "konvendihoone ja kaitsetorn",
                "sos": "hädaabi 112",
                "scene_heads": ["Stseen", "Kirjeldus", "P/Ö", "Rollid"],
                "scenes": [
                    ("31", "Konvendihoone - piiskopi kabinet", "P", "1, 2"),
                    ("32", "Kaitsetorn - lõks", "Ö", "1, 3"),
                ],
                "cast_heads": ["Roll", "Näitleja", "Grimm", "Võtteplatsil"],
                "cast": [
                    ("PIISKOP", "Tõnu Kask", 0),
                    ("MARET", "Liis Tamm", 30),
                    ("VAHT", "Andres Saar", 90),
                ],
                "notes": [
                    "Muuseum on avatud külastajatele kell 11: võttegrupp ainult konvendihoone "
                    "teisel korrusel. Kaitsetornis on järsud trepid, kiivrid baasis.",
                ],
                "footer": "Saaremaa Film OÜ  ·  Piiskopi saladus  ·  võttepäev 9",
            },
        ),
        _north(
            "hafnarborg",
            "Fjörðurinn",
            D(2027, 1, 19),
            "08:30",
            {
                "lang": "is",
                "heading": "DAGSKRÁ",
                "time_style": "is_kl",
                "date_style": "is",
                "company": "Hraun Kvikmyndir ehf.",
                "day_n": "tökudagur 4/20",
                "labels": {
                    "date": "Dagsetning",
                    "call": "Mæting tökuliðs",
                    "sun": "Sólarupprás / sólsetur",
                    "set": "Tökustaður",
                    "base": "Bækistöð / bílastæði",
                    "hosp": "Slysadeild",
                },
                "pre": [("Förðun og búningar", -45)],
                "meet": "við aðalinngang Hafnarborgar",
                "times": [("Fyrsta taka", 90), ("Hádegismatur", 300), ("Tökulok", 570)],
                "set": "aðalsalurinn og kaffistofan",
                "sos": "neyðarlínan 112",
                "scene_heads": ["Atriði", "Lýsing", "D/N", "Hlutverk"],
                "scenes": [
                    ("17", "Hafnarborg - aðalsalur, sýningaropnun", "D", "1, 2, 3"),
                    ("18", "Kaffistofa - Sigga og Jón", "D", "1, 2"),
                ],
                "cast_heads": ["Hlutverk", "Leikari", "Förðun", "Á setti"],
                "cast": [("SIGGA", "Guðrún Jónsdóttir", 0), ("JÓN", "Einar Ólafsson", 30)],
                "notes": [
                    "Safnið er opið gestum frá kl. 12:00: engar tökur í aðalsal eftir það. "
                    "Birtan er stutt, sólarupprás seint: fyrsta taka inni.",
                ],
                "footer": "Hraun Kvikmyndir ehf.  ·  Fjörðurinn  ·  tökudagur 4",
            },
        ),
    ]


# --- (6) Dutch draaischema day overviews: "Call crew" in a TIJD / WAT / WAAR / WIE table -------


@_family(
    "nl_draaischema",
    "Dutch 'DRAAISCHEMA · DAGOVERZICHT DRAAIDAG 3', A4 landscape: the title and the company "
    "and office right; Datum ('dinsdag 15-12-2026'), Locatie, Adres with the '1234 AB' "
    "postcode, Set, Parkeren / basis left; zon op / onder, SEH with its address and phone, "
    "112, opnameleider right; a ruled TIJD / WAT / WAAR / WIE table from make-up and 'Call "
    "crew' ('7.30 uur', '07:30') to einde draaidag; scenes; opmerkingen",
    name="nl_{key}",
)
def _nl(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", g["font"], margin=36.0, orientation="L")
    w = right - x0
    c.text(x0, 40, f"DRAAISCHEMA  ·  DAGOVERZICHT {g['day_n'].upper()}", 12, bold=True)
    c.text(x0, 58, title, 16, bold=True)
    c.right(right, 40, g["company"], 9, bold=True)
    grey_text(c, right - 260, 52, g["office"], 7)
    y = 74.0
    if "week" in g:
        # HARD: the week's five draaidagen in a strip, this day's box heavier
        monday = day - dt.timedelta(days=day.weekday())
        bw = w / 5
        for i in range(5):
            d = monday + dt.timedelta(days=i)
            this = d == day
            c.box(x0 + i * bw, y, bw, 18, 1.4 if this else 0.4)
            fit(
                c,
                x0 + i * bw + 4,
                y + 12,
                f"{day_text(d, 'nl_short')}  {g['week'][i]}",
                7.5,
                bw - 8,
                bold=this,
            )
        y += 30
    left = label_rows(
        c,
        x0,
        y + 6,
        x0 + w * 0.5,
        [
            ("Datum", day_text(day, g["date_style"])),
            ("Locatie", p.name),
            ("Adres", p.address),
            ("Set", g["set"]),
            ("Parkeren / basis", f"{p.base_street}, {p.base_city}"),
        ],
        9,
        95,
        13,
        suffix=":",
    )
    label_rows(
        c,
        x0 + w * 0.53,
        y + 6,
        right,
        _colon(
            [
                ("Zon op / onder", f"{hm(rise, t)} / {hm(fall, t)}"),
                ("SEH", p.hospital),
                ("", p.hospital_address),
                ("Tel.", f"{p.hospital_phone}  ·  alarm 112"),
                ("Opnameleider", g["ol"]),
            ]
        ),
        9,
        90,
        13,
    )
    written = partial(hm, style=t)
    rows = [(written(add_minutes(call, off)), *rest) for off, *rest in g["schedule"]]
    y = _ruled(c, x0, left + 8, ["TIJD", "WAT", "WAAR", "WIE"], [0, 60, 330, 560], rows, right)
    y = _table(
        c,
        x0,
        y + 2,
        ["SCÈNE", "OMSCHRIJVING", "D/N", "BI/BU", "ROLLEN"],
        [0, 50, 420, 470, 530],
        g["scenes"],
        right,
    )
    titled_notes(c, x0, y + 4, "OPMERKINGEN", 9, g["notes"], 8, w, 10.5)
    footer(c, g["footer"], x0)
    return c.output()


def _nl_schedule(base: str, set_: str, first: int, lunch: int, wrap: int) -> list[tuple[Any, ...]]:
    return [
        (-45, "Grime en kostuum", base, "cast, grime, kostuum"),
        (0, "Call crew", set_, "hele crew"),
        (first, "Eerste draai", set_, "iedereen"),
        (lunch, "Lunch", base, "iedereen"),
        (wrap, "Einde draaidag", set_, "iedereen"),
    ]


def _nl_sheets() -> list[Sheet]:
    return [
        _nl(
            "walburgis",
            "De Librije",
            D(2026, 12, 15),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "nl_uur",
                "date_style": "nl_dash",
                "company": "IJssel Filmproducties B.V.",
                "office": "Houtmarkt 12, 7201 KL Zutphen  ·  0575 555 210",
                "day_n": "draaidag 3",
                "ol": "Joost Hendriks  ·  06 5555 1203",
                "set": "de kettingbibliotheek en het schip",
                "schedule": _nl_schedule("Houtwal", "Walburgiskerk", 90, 330, 600),
                "scenes": [
                    ("12", "Librije - Maarten vindt het handschrift", "D", "BI", "1, 2"),
                    ("13", "Kerkschip - het orgelconcert", "D", "BI", "1, 3, fig."),
                ],
                "notes": [
                    "De Librije is heel klein: maximaal 8 personen tegelijk, de rest wacht in "
                    "het schip. Geen lampen op de kettingboeken.",
                ],
                "footer": "IJssel Filmproducties  ·  De Librije  ·  draaischema draaidag 3",
            },
        ),
        _nl(
            "waagalkmaar",
            "Kaasmarkt",
            D(2027, 1, 13),
            "07:00",
            {
                "font": "sans",
                "time_style": "nl",
                "date_style": "nl_dash",
                "company": "Noorderkwartier Media",
                "office": "Laat 88, 1811 EK Alkmaar  ·  072 555 40 19",
                "day_n": "draaidag 8",
                "ol": "Femke de Boer  ·  06 5555 8871",
                "set": "het Waagplein en de Waagtoren",
                "schedule": _nl_schedule("Kanaalkade", "Waagplein", 75, 315, 570),
                "scenes": [
                    ("27", "Waagplein - de kaasdragers", "D", "BU", "1, 2, fig."),
                    ("28", "Waagtoren - het carillon", "D", "BI", "2"),
                ],
                "notes": [
                    "Het Waagplein is tot 13.00 uur afgezet. Figuratie (30) meldt zich om "
                    "08:00 bij de basis voor kostuum.",
                ],
                "footer": "Noorderkwartier Media  ·  Kaasmarkt  ·  draaischema draaidag 8",
            },
        ),
        _nl(
            "abdij",
            "Zeeuwse Lente",
            D(2026, 12, 9),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "nl_uur",
                "date_style": "nl_dash",
                "company": "Walcheren Film",
                "office": "Lange Delft 30, 4331 AP Middelburg  ·  0118 555 630",
                "day_n": "draaidag 2",
                "ol": "Sanne Verburg  ·  06 5555 3309",
                # HARD: the week's five days in a strip above the day's own Datum line
                "week": ["vrij", "dd 1", "dd 2", "dd 3", "dd 4"],
                "set": "de kloostergang en de Lange Jan",
                "schedule": _nl_schedule("Kousteensedijk", "Abdijplein", 90, 330, 600),
                "scenes": [
                    ("4", "Kloostergang - Lieke en de abt", "D", "BU", "1, 2"),
                    ("5", "Lange Jan - uitzicht over Walcheren", "D", "BU", "1"),
                ],
                "notes": [
                    "De Lange Jan heeft 207 treden: alleen camera, focus en regie naar boven. "
                    "Wind verwacht, statieven verzwaren.",
                ],
                "footer": "Walcheren Film  ·  Zeeuwse Lente  ·  draaischema draaidag 2",
            },
        ),
    ]


# --- near misses: they call people to a place at a time, but no one is shooting -------------


def _polling_station() -> bytes:
    """A Dutch municipality's instructions to a polling station's staff for election day."""
    c, x0, right = page("A4", "helvetica", margin=44.0)
    c.text(x0, 50, "GEMEENTE GOUDA  ·  Team Verkiezingen", 10, bold=True)
    c.right(right, 50, "Instructie stembureauleden", 8)
    c.text(x0, 76, "Gemeenteraadsverkiezingen 17 maart 2027", 15, bold=True)
    c.text(x0, 92, "Stembureau 14  ·  werkinstructie voor de verkiezingsdag", 10)
    c.hline(x0, right, 100, 0.8)
    notice(
        c,
        x0,
        right,
        118,
        [
            ("Stembureau", "Sint-Janskerk, Achter de Kerk 16, 2801 JZ Gouda"),
            ("Aanwezig", "6.45 uur (ochtendploeg); middagploeg 13.15 uur"),
            ("Voorzitter", "mw. R. van Dam, 06 5555 7412"),
            ("Leden", "dhr. K. Bos, mw. A. Yilmaz, dhr. P. de Wit (teller vanaf 21.00 uur)"),
            ("Hulpdienst", "Team Verkiezingen 0182 555 100 (de hele dag bereikbaar)"),
        ],
        (
            ["TIJD", "WAT", "WIE"],
            [0, 60, 330],
            [
                (
                    "6.45 uur",
                    "Stembureau inrichten, stemhokjes en stembus controleren",
                    "ochtendploeg",
                ),
                ("7.25 uur", "Stembus leeg tonen en verzegelen, proces-verbaal", "voorzitter"),
                ("7.30 uur", "Stembureau open", "iedereen"),
                ("13.30 uur", "Wisseling van de ploegen, overdracht", "voorzitter"),
                ("21.00 uur", "Stembureau sluit, tellen van de stemmen", "tellers"),
                ("ca. 23.30 uur", "Uitslag en stukken naar het Stadhuis, Markt 1", "voorzitter"),
            ],
        ),
        (
            "LET OP",
            [
                "Neem uw eigen legitimatiebewijs en de aanwijzingsbrief mee. Filmen en "
                "fotograferen in het stemlokaal is niet toegestaan, ook niet door de pers.",
                "Bij een ongeval: bel 112; dichtstbijzijnde ziekenhuis met SEH is het Groene Hart "
                "Ziekenhuis, Bleulandweg 10, 2803 HH Gouda.",
            ],
        ),
        table=_ruled,
        facts_look=(9, 100, 13.5),
    )
    return c.output()


def _ski_race() -> bytes:
    """A Finnish cross-country ski race's competition information for skiers and officials."""
    c, x0, right = page("A4", "sans", margin=44.0)
    c.text(x0, 50, "SAVONLINNAN HIIHTOSEURA RY", 10, bold=True)
    c.right(right, 50, "KILPAILUOHJE", 11, bold=True)
    c.text(x0, 76, "Olavinlinna-hiihto 2027", 16, bold=True)
    c.text(x0, 92, "Perinteinen hiihtotapa  ·  lauantai 6.2.2027", 10)
    c.hline(x0, right, 100, 0.8)
    notice(
        c,
        x0,
        right,
        118,
        [
            ("Kilpailukeskus", "Kyrönniemen urheilukenttä, Kyrönniementie 4, 57200 Savonlinna"),
            ("Kilpailutoimisto", "auki klo 8.00 alkaen, numerolaput ja ajanottosirut"),
            ("Toimitsijat", "kokoontuminen klo 7.45 kilpailutoimistossa"),
            ("Lähtö", "yhteislähtö klo 10.00 (50 km), klo 10.15 (25 km)"),
            ("Ensiapu", "maalialueella; päivystys: Savonlinnan keskussairaala, p. 015 527 1"),
        ],
        (
            ["KLO", "OHJELMA", "PAIKKA"],
            [0, 60, 330],
            [
                ("7.45", "Toimitsijoiden kokoontuminen ja ohjeistus", "kilpailutoimisto"),
                ("8.00", "Kilpailutoimisto ja suksihuolto avautuvat", "koulun liikuntasali"),
                ("9.30", "Latu suljetaan verryttelyltä", "stadion"),
                ("10.00", "Lähtö 50 km", "stadion"),
                ("10.15", "Lähtö 25 km", "stadion"),
                ("14.00", "Palkintojenjako", "maalialue"),
            ],
        ),
        (
            "HUOMIOITAVAA",
            [
                "Latu kulkee jäällä linnan ympäri: jään paksuus tarkistetaan aamulla klo 6.30. "
                "Paikallislehden kuvaaja ottaa kuvia maalissa. Pysäköinti Kyrönniemen koulun "
                "pihalla, hätänumero 112.",
            ],
        ),
        table=_ruled,
        facts_look=(9, 110, 13.5),
    )
    return c.output()


def _civil_protection_callup() -> bytes:
    """A Swiss civil protection organisation's call-up to a refresher service."""
    c, x0, right = page("A4", "helvetica", margin=48.0)
    w = right - x0
    c.text(x0, 50, "Zivilschutzorganisation Frauenfeld", 10, bold=True)
    grey_text(c, x0, 61, "Zürcherstrasse 235, 8500 Frauenfeld  ·  052 555 43 00", 7.5)
    c.right(right, 50, "AUFGEBOT", 13, bold=True)
    c.right(right, 62, "Frauenfeld, Fr, 4.12.26", 8)
    c.text(x0, 96, "Wiederholungskurs Betreuung 2027", 14, bold=True)
    paragraph(
        c,
        x0,
        116,
        "Gestützt auf das Bevölkerungs- und Zivilschutzgesetz werden Sie zu folgendem "
        "Dienst aufgeboten. Dieses Aufgebot gilt als Marschbefehl.",
        9,
        w,
        12,
    )
    y = label_rows(
        c,
        x0,
        150,
        right,
        [
            ("Einrücken", "Mo, 18.1.27, Zeit: 07.30 h"),
            ("Ort", "Zivilschutzanlage Auen, Auenstrasse 6, 8500 Frauenfeld"),
            ("Entlassung", "Mi, 20.1.27, ca. 16.30 h"),
            ("Mitbringen", "Dienstbüchlein, Uniform, Arbeitsschuhe, Ausweis"),
            ("Verpflegung", "durch die ZSO; Unterkunft zu Hause"),
            ("Kursleitung", "Kdt Stv Andreas Brüllmann, 079 555 63 18"),
        ],
        9,
        90,
        13.5,
        suffix=":",
    )
    titled_notes(
        c,
        x0,
        y + 10,
        "Hinweise",
        9.5,
        [
            "Dispensationsgesuche sind bis 14 Tage vor Dienstbeginn schriftlich einzureichen. "
            "Am Dienstag üben wir die Betreuung von Evakuierten in der Mehrzweckhalle; die "
            "Regionalpresse ist eingeladen. Im Notfall: Sanität 144, Kantonsspital Frauenfeld, "
            "Pfaffenholzstrasse 4.",
        ],
        8.5,
        w,
        11,
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_polling_station_instructions",
            "a Dutch municipality's instructions to a polling station's staff, A4: the council, "
            "the election and its date, 'Stembureau 14', its address, 'Aanwezig 6.45 uur', "
            "chair and members; a ruled TIJD / WAT / WIE table from setting up to the count; "
            "notes (no filming in the polling station, 112, the nearest SEH)",
            _polling_station,
        ),
        (
            "near_miss_ski_race_info",
            "a Finnish cross-country ski race's 'KILPAILUOHJE', A4: the club, the race and its "
            "date, the race centre's address, officials' 'kokoontuminen klo 7.45', starts, first "
            "aid and the päivystys; a ruled KLO / OHJELMA / PAIKKA table; notes with a local "
            "paper's photographer and 112",
            _ski_race,
        ),
        (
            "near_miss_civil_protection_callup",
            "a Swiss civil protection call-up ('AUFGEBOT'), A4: the organisation and its address, "
            "the refresher course, 'Einrücken: Mo, 18.1.27, Zeit: 07.30 h', the shelter's "
            "address, release, what to bring, the course leader; notes with the press day and "
            "'Sanität 144' with the cantonal hospital",
            _civil_protection_callup,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_ch_sheets(),
        *_de_sheets(),
        *_cz_sheets(),
        *_hu_sheets(),
        *_north_sheets(),
        *_nl_sheets(),
        *_other_sheets(),
    ]
