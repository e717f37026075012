"""Fortieth held-out set: sheets as six kinds of makers send them, in cities (I-P) not yet in
the corpus (`fresh39_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh39"). Australian / New Zealand TV drama sheets from Mildura, Lismore and
Masterton ("CREW CALL", "UNIT BASE", "NEAREST HOSPITAL", "Day 5 of 30", "Wed 14 Oct 2026" or
"14/10/2026", sun times, "VIC 3500" / "NSW 2480" postcodes), Polish TV serial "dzienny plan
pracy" sheets from Łomża, Piła and Malbork (several sets: "Obiekt 1", "Obiekt 2", "Miejsce
zdjęć", "Baza"; the crew call among charakteryzacja, kostiumy, obiad and "zdjęcia do";
"Dzień zdjęciowy 12/40", "środa, 14.10.2026"), Irish / Scottish independent feature sheets from
Oban, Kirkwall and Letterkenny ("Call: 0730", "Location:", "Parking:", "Nearest Hospital / A&E:",
"Wednesday 14th October 2026"), a band's own music-video one-liner pages from Kalamazoo, Norman
and Kilmarnock ("MV 'Title' - Artist - Wed 14.10 - call 08:00 - address", en dashes), US
student sheets from a free template from Iowa City, Provo and Muncie (a header with
Production, General Crew Call, Date, "Day 3 of 5"; a Locations table Set / Address / Parking /
Nearest Hospital; a weather box "Sunrise 7:12 AM Sunset 6:31 PM") and European commercial
one-pagers from Leiden, Kassel and Liberec (two label / value columns on the same baselines:
DATE, CALL, LOCATION left; PRODUCER, PHONE, WEATHER right). Three near misses (a
post-production delivery plan, a wedding-day timeline, a location scout invoice) must read as
`other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one
a family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey, measure
from tests.corpus.formats import add_minutes, ordinal, pl_weekday
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
from tests.corpus.sheet import Sheet, fit

D = dt.date
OTHER = {"document_type": "other"}
NO_SUN = (None, None)
DASH = "\u2013"  # the en dash a phone or word processor puts between the parts

P: dict[str, Place] = {
    # (1) Australian / New Zealand TV drama: Mildura, Lismore, Masterton
    "milduraarts": _p(
        "au",
        "Mildura Arts Centre",
        "199 Cureton Avenue",
        "Mildura VIC 3500",
        -34.1763,
        142.1712,
        "Australia/Melbourne",
        "Mildura Base Public Hospital",
        "216 Thirteenth Street",
        "Mildura VIC 3500",
        "(03) 5022 3333",
        "Riverfront car park, Hugh King Drive",
        "Mildura VIC 3500",
    ),
    "lismoregallery": _p(
        "au",
        "Lismore Regional Gallery",
        "11 Rural Street",
        "Lismore NSW 2480",
        -28.8105,
        153.2773,
        "Australia/Sydney",
        "Lismore Base Hospital",
        "60 Uralba Street",
        "Lismore NSW 2480",
        "(02) 6621 8000",
        "Lismore Showground, Alexandra Parade",
        "North Lismore NSW 2480",
    ),
    "aratoi": _p(
        "nz",
        "Aratoi Wairarapa Museum of Art and History",
        "12 Bruce Street",
        "Masterton 5810",
        -40.9492,
        175.6603,
        "Pacific/Auckland",
        "Wairarapa Hospital",
        "Te Ore Ore Road",
        "Masterton 5810",
        "(06) 946 9800",
        "Queen Elizabeth Park car park, Dixon Street",
        "Masterton 5810",
    ),
    # (2) Polish TV serial dzienny plan pracy: Łomża, Piła, Malbork
    "muzeumlomza": _p(
        "pl",
        "Muzeum Północno-Mazowieckie",
        "ul. Dworna 22c",
        "18-400 Łomża",
        53.1784,
        22.0594,
        "Europe/Warsaw",
        "Szpital Wojewódzki im. Kardynała Stefana Wyszyńskiego",
        "al. Marszałka Józefa Piłsudskiego 11",
        "18-404 Łomża",
        "+48 86 473 30 00",
        "Stary Rynek (parking przy ratuszu)",
        "18-400 Łomża",
    ),
    "muzeumpila": _p(
        "pl",
        "Muzeum Stanisława Staszica",
        "ul. Browarna 18",
        "64-920 Piła",
        53.1492,
        16.7381,
        "Europe/Warsaw",
        "Szpital Specjalistyczny im. Stanisława Staszica",
        "ul. Rydygiera 1",
        "64-920 Piła",
        "+48 67 210 62 00",
        "ul. Browarna (parking przy Parku Miejskim)",
        "64-920 Piła",
    ),
    "zamekmalbork": _p(
        "pl",
        "Muzeum Zamkowe w Malborku",
        "ul. Starościńska 1",
        "82-200 Malbork",
        54.0396,
        19.0280,
        "Europe/Warsaw",
        "Szpital Powiatowy w Malborku",
        "ul. Armii Krajowej 105",
        "82-200 Malbork",
        "+48 55 646 03 00",
        "ul. Piastowska (parking nad Nogatem)",
        "82-200 Malbork",
    ),
    # (3) Irish / Scottish independent features: Oban, Kirkwall, Letterkenny
    "corranhalls": _p(
        "uk",
        "The Corran Halls",
        "Corran Esplanade",
        "Oban PA34 5AB",
        56.4170,
        -5.4730,
        "Europe/London",
        "Lorn and Islands Hospital",
        "Glengallan Road",
        "Oban PA34 4HH",
        "01631 567500",
        "Lochavullin car park, Lochside Street",
        "Oban PA34 4HP",
    ),
    "pickaquoy": _p(
        "uk",
        "The Pickaquoy Centre",
        "Muddisdale Road",
        "Kirkwall KW15 1LR",
        58.9855,
        -2.9700,
        "Europe/London",
        "The Balfour",
        "Foreland Road",
        "Kirkwall KW15 1NZ",
        "01856 888000",
        "Pickaquoy Centre car park, Muddisdale Road",
        "Kirkwall KW15 1LR",
    ),
    "angrianan": _p(
        "ie",
        "An Grianán Theatre",
        "Port Road",
        "Letterkenny, Co. Donegal F92 H5YF",
        54.9530,
        -7.7290,
        "Europe/Dublin",
        "Letterkenny University Hospital",
        "Kilmacrennan Road",
        "Letterkenny, Co. Donegal F92 AE81",
        "074 912 5888",
        "Pearse Road car park, Pearse Road",
        "Letterkenny, Co. Donegal",
    ),
    # (4) a band's own music-video one-liners: Kalamazoo, Norman, Kilmarnock
    "bells": _p(
        "us",
        "Bell's Eccentric Cafe",
        "355 E Kalamazoo Ave",
        "Kalamazoo, MI 49007",
        42.2930,
        -85.5770,
        "America/Detroit",
        "Bronson Methodist Hospital",
        "601 John St",
        "Kalamazoo, MI 49007",
        "(269) 341-7654",
        "Street parking on N Porter St",
        "Kalamazoo, MI 49007",
    ),
    "opolis": _p(
        "us",
        "Opolis",
        "113 N Crawford Ave",
        "Norman, OK 73069",
        35.2231,
        -97.4403,
        "America/Chicago",
        "Norman Regional Hospital",
        "901 N Porter Ave",
        "Norman, OK 73071",
        "(405) 307-1000",
        "Main St public lot, 120 E Main St",
        "Norman, OK 73069",
    ),
    "palacekilmarnock": _p(
        "uk",
        "The Palace Theatre",
        "9 Green Street",
        "Kilmarnock KA1 3BN",
        55.6112,
        -4.4960,
        "Europe/London",
        "University Hospital Crosshouse",
        "Kilmarnock Road",
        "Kilmarnock KA2 0BE",
        "01563 521133",
        "Green Street car park",
        "Kilmarnock KA1 3BN",
    ),
    # (5) US student / low-budget sheets from a free template: Iowa City, Provo, Muncie
    "englert": _p(
        "us",
        "The Englert Theatre",
        "221 E Washington St",
        "Iowa City, IA 52240",
        41.6600,
        -91.5320,
        "America/Chicago",
        "University of Iowa Hospitals & Clinics",
        "200 Hawkins Dr",
        "Iowa City, IA 52242",
        "(319) 356-1616",
        "Chauncey Swan Ramp, 430 E Washington St",
        "Iowa City, IA 52240",
    ),
    "covey": _p(
        "us",
        "Covey Center for the Arts",
        "425 W Center St",
        "Provo, UT 84601",
        40.2338,
        -111.6670,
        "America/Denver",
        "Utah Valley Hospital",
        "1034 N 500 W",
        "Provo, UT 84604",
        "(801) 357-7850",
        "Covey Center west lot, 500 W Center St",
        "Provo, UT 84601",
    ),
    "minnetrista": _p(
        "us",
        "Minnetrista",
        "1200 N Minnetrista Pkwy",
        "Muncie, IN 47303",
        40.2040,
        -85.3960,
        "America/Indiana/Indianapolis",
        "IU Health Ball Memorial Hospital",
        "2401 W University Ave",
        "Muncie, IN 47303",
        "(765) 747-3111",
        "Minnetrista visitor lot, Walnut St entrance",
        "Muncie, IN 47303",
    ),
    # (6) European commercial two-column one-pagers: Leiden, Kassel, Liberec
    "lakenhal": _p(
        "eu",
        "Museum De Lakenhal",
        "Oude Singel 32",
        "2312 RA Leiden",
        52.1620,
        4.4930,
        "Europe/Amsterdam",
        "Leids Universitair Medisch Centrum",
        "Albinusdreef 2",
        "2333 ZA Leiden",
        "+31 71 526 9111",
        "Parkeergarage Lammermarkt, Lammermarkt",
        "2312 CR Leiden",
    ),
    "fridericianum": _p(
        "eu",
        "Fridericianum",
        "Friedrichsplatz 18",
        "34117 Kassel",
        51.3150,
        9.4980,
        "Europe/Berlin",
        "Klinikum Kassel",
        "Mönchebergstraße 41-43",
        "34125 Kassel",
        "+49 561 980-0",
        "Parkhaus Friedrichsplatz, Friedrichsplatz",
        "34117 Kassel",
    ),
    "galerieliberec": _p(
        "eu",
        "Oblastní galerie Liberec",
        "Masarykova 723/14",
        "460 01 Liberec",
        50.7700,
        15.0680,
        "Europe/Prague",
        "Krajská nemocnice Liberec",
        "Husova 357/10",
        "460 01 Liberec",
        "+420 485 311 111",
        "Parkoviště Lidové sady, Lidové sady",
        "460 01 Liberec",
    ),
}

CZ_WD = ["po", "út", "st", "čt", "pá", "so", "ne"]
DE_WD = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "au_am": f"{h12}:{m:02d}{ap.lower()}",  # "6:30am"
        "au_dot": f"{h12}.{m:02d}{ap.lower()}",  # "6.30am"
        "pl": f"{h}:{m:02d}",  # "7:00"
        "nl": f"{h:02d}.{m:02d}",  # "07.00"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "au_short": f"{d:%a} {d.day} {d:%b} {d.year}",  # "Wed 14 Oct 2026"
        "au_slash": f"{d:%d/%m/%Y}",  # "14/10/2026"
        "au_wd_slash": f"{d:%A} {d:%d/%m/%Y}",
        "nz_long": f"{d:%A} {d.day} {d:%B} {d.year}",
        "pl_wd": f"{pl_weekday(d)}, {d:%d.%m.%Y}",  # "środa, 14.10.2026"
        "pl_wd_short": f"{pl_weekday(d)} {d.day}.{d.month:02d}.{d.year}",
        "ord_long": f"{d:%A} {ordinal(d.day)} {d:%B} {d.year}",  # "Wednesday 14th October 2026"
        "ord_short": f"{d:%a} {ordinal(d.day)} {d:%b} {d.year}",
        "mv_dot_year": f"{d:%a} {d.day}.{d.month}.{d.year}",  # "Wed 14.10.2026"
        "mv_dot": f"{d:%a} {d.day}.{d.month}",  # "Wed 14.10": no year
        "us_long": f"{d:%A}, {d:%B} {d.day}, {d.year}",
        "us_num": f"{d.month}/{d.day}/{d.year}",
        "nl_dash": f"{d:%d-%m-%Y}",  # "14-10-2026"
        "de_wd": f"{DE_WD[d.weekday()]}, {d:%d.%m.%Y}",  # "Mi, 14.10.2026"
        "cz_spaced": f"{CZ_WD[d.weekday()]} {d.day}. {d.month}. {d.year}",  # "st 14. 10. 2026"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh39")
_para = paragraph
_table = head_table


# --- (1) Australian / New Zealand TV drama sheets ----------------------------------------------


def _anz(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]
    lay = g["layout"]

    def times_row(c: Canvas, x0: float, y: float, right: float) -> float:
        heads = ["CREW CALL", "BREAKFAST", "FIRST SHOT", "LUNCH", "EST. WRAP"]
        vals = [call, add_minutes(call, -30), add_minutes(call, 60), add_minutes(call, 360)]
        vals.append(add_minutes(call, 660))
        bw = (right - x0) / 5
        for k, (h, v) in enumerate(zip(heads, vals, strict=True)):
            xx = x0 + k * bw
            c.box(xx, y, bw, 40, 1.2 if k == 0 else 0.5)
            if k == 0:
                fill(c, xx + 0.6, y + 0.6, bw - 1.2, 12, 200)
            c.text(xx + (bw - measure(c, h, 7.5, bold=True)) / 2, y + 10, h, 7.5, bold=True)
            size = 17 if k == 0 else 11
            s = hm(v, t)
            c.text(xx + (bw - measure(c, s, size, bold=True)) / 2, y + 32, s, size, bold=k == 0)
        return y + 40

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 34.0
        right = W - x0
        if lay == "bands":
            c.text(x0, 40, g["company"], 8.5, bold=True)
            grey(c, 100)
            c.text(x0, 50, g["company_addr"], 7)
            black(c)
            centre(c, 44, title.upper(), 18)
            c.right(right, 40, f"CALL SHEET #{g['no']}", 10, bold=True)
            c.right(right, 52, g["episode"], 8)
            c.hline(x0, right, 60, 1.0)
            c.text(x0, 76, g["day_of"], 11, bold=True)
            c.right(right, 76, day_text(day, g["date_style"]), 11, bold=True)
            y = times_row(c, x0, 86, right) + 10
            c.text(
                x0,
                y + 4,
                f"SUNRISE {hm(rise, t)}   SUNSET {hm(fall, t)}   WEATHER {g['weather']}",
                8.5,
            )
            y += 16
            cw = (right - x0) / 3
            heads = ["LOCATION", "UNIT BASE", "NEAREST HOSPITAL"]
            blocks = [
                [p.name, p.street, p.city, f"Set: {g['set']}"],
                [*g["base_lines"], p.base_street, p.base_city],
                [p.hospital, p.hospital_street, p.hospital_city, f"Ph {p.hospital_phone}"],
            ]
            for k, (h, lines) in enumerate(zip(heads, blocks, strict=True)):
                xx = x0 + k * cw
                fill(c, xx, y, cw, 13, 215)
                c.box(xx, y, cw, 68, 0.6)
                c.text(xx + 4, y + 10, h, 7.5, bold=True)
                yy = y + 24
                for ln in lines:
                    fit(c, xx + 4, yy, ln, 8.5, cw - 8, bold=ln == lines[0])
                    yy += 11
            y += 86
        elif lay == "list":
            c.text(x0, 44, title, 20, bold=True)
            c.text(x0, 58, g["episode"], 9)
            c.right(right, 44, g["company"], 9, bold=True)
            c.right(right, 56, g["company_addr"], 7.5)
            c.hline(x0, right, 66, 0.8)
            y = 84.0
            rows = [
                ("DATE", day_text(day, g["date_style"])),
                ("SHOOT DAY", g["day_of"]),
                ("CREW CALL", hm(call, t)),
                ("BREAKFAST", f"from {hm(add_minutes(call, -45), t)} at unit base"),
                ("SHOOTING CALL", hm(add_minutes(call, 45), t)),
                ("LUNCH", hm(add_minutes(call, 330), t)),
            ]
            for lab, val in rows:
                c.text(x0, y, lab, 8.5, bold=True)
                c.text(x0 + 100, y, val, 12 if lab == "CREW CALL" else 9.5, bold=lab == "CREW CALL")
                y += 15
            bx = x0 + 330
            c.box(bx, 74, right - bx, 86, 0.6)
            yy = 88.0
            for lab, val in [
                ("SUNRISE", hm(rise, t)),
                ("SUNSET", hm(fall, t)),
                ("FORECAST", g["weather"]),
                ("UV", g["uv"]),
            ]:
                c.text(bx + 6, yy, lab, 7.5, bold=True)
                fit(c, bx + 62, yy, val, 8.5, right - bx - 68)
                yy += 18
            y += 10
            fill(c, x0, y - 10, right - x0, 14, 220)
            c.text(x0 + 3, y, "LOCATION 1", 8.5, bold=True)
            y += 14
            c.text(x0 + 3, y, f"{p.name}, {p.street}, {p.city}", 9.5, bold=True)
            y += 12
            c.text(x0 + 3, y, f"Set: {g['set']}", 9)
            y += 18
            fill(c, x0, y - 10, right - x0, 14, 220)
            c.text(x0 + 3, y, "UNIT BASE & CREW PARKING", 8.5, bold=True)
            y += 14
            c.text(x0 + 3, y, f"{p.base_street}, {p.base_city}", 9)
            y += 12
            c.text(x0 + 3, y, g["base_note"], 8.5)
            y += 22
        else:  # "nz": a dark title band, the call boxed at the right
            fill(c, x0, 28, right - x0, 34, 35)
            c.pdf.set_text_color(255, 255, 255)
            c.text(x0 + 8, 51, title.upper(), 16, bold=True)
            c.right(right - 8, 44, g["company"], 8, bold=True)
            c.right(right - 8, 55, g["episode"], 8)
            black(c)
            y = 82.0
            for lab, val in [
                ("Date", day_text(day, g["date_style"])),
                ("Shoot day", g["day_of"]),
                ("Director", g["director"]),
                ("1st AD", g["ad"]),
                ("Sunrise / Sunset", f"{hm(rise, t)} / {hm(fall, t)}"),
                ("Weather", g["weather"]),
            ]:
                c.text(x0, y, lab, 8.5, bold=True)
                fit(c, x0 + 90, y, val, 9, 250)
                y += 13
            bx = right - 150
            c.box(bx, 72, 150, 70, 1.4)
            c.text(
                bx + (150 - measure(c, "CREW CALL", 10, bold=True)) / 2,
                90,
                "CREW CALL",
                10,
                bold=True,
            )
            big = hm(call, t)
            c.text(bx + (150 - measure(c, big, 24, bold=True)) / 2, 122, big, 24, bold=True)
            s = f"Make-up / hair {hm(add_minutes(call, -60), t)}"
            c.text(bx + (150 - measure(c, s, 7.5)) / 2, 136, s, 7.5)
            y = max(y, 150.0) + 8
            half = (right - x0 - 12) / 2
            for k, (h, lines) in enumerate(
                [
                    ("LOCATION", [p.name, p.street, p.city, f"Set: {g['set']}"]),
                    ("UNIT BASE", [p.base_street, p.base_city, g["base_note"]]),
                ]
            ):
                xx = x0 + k * (half + 12)
                c.text(xx, y, h, 8.5, bold=True)
                c.hline(xx, xx + half, y + 3, 0.6)
                yy = y + 15
                for ln in lines:
                    fit(c, xx, yy, ln, 9, half)
                    yy += 11.5
            y += 15 + 11.5 * 4 + 8
        y = _table(
            c,
            x0,
            y,
            ["SC", "SET", "D/N", "PGS", "CAST"],
            [0, 34, 300, 345, 395],
            g["scenes"],
            right,
            size=8,
            lead=12,
        )
        y += 4
        y = _table(
            c,
            x0,
            y,
            ["#", "ARTIST", "CHARACTER", "P/UP", "MU/WARD", "ON SET"],
            [0, 20, 150, 280, 350, 430],
            cast_times(g["cast"], call, partial(hm, style=t), (-30, 0, 70), numbered=True),
            right,
            size=8,
            lead=12,
        )
        if lay == "list":
            fill(c, x0, y - 10, right - x0, 14, 220)
            c.text(x0 + 3, y, "NEAREST HOSPITAL", 8.5, bold=True)
            y += 14
            c.text(
                x0 + 3,
                y,
                f"{p.hospital}, {p.hospital_street}, {p.hospital_city}  ·  {p.hospital_phone}",
                9,
            )
            y += 12
            c.text(x0 + 3, y, "Emergency: 000", 9, bold=True)
            y += 18
        elif lay == "nz":
            c.text(x0, y, "NEAREST HOSPITAL (ED):", 8.5, bold=True)
            c.text(
                x0 + 112,
                y,
                f"{p.hospital}, {p.hospital_street}, {p.hospital_city}  ·  {p.hospital_phone}",
                8.5,
            )
            y += 12
            c.text(x0, y, "Emergency: 111", 8.5, bold=True)
            y += 18
            # HARD: tomorrow's advance schedule prints its own date and an earlier crew call
            adv_day, adv_call, adv_rows = g["advance"]
            fill(c, x0, y - 10, right - x0, 14, 200)
            c.text(
                x0 + 3,
                y,
                f"ADVANCE SCHEDULE  -  {day_text(adv_day, g['date_style'])}",
                8.5,
                bold=True,
            )
            c.right(right - 3, y, f"Crew call {hm(adv_call, t)}", 8.5, bold=True)
            y += 14
            for row in adv_rows:
                c.text(x0 + 3, y, row, 8)
                y += 11
            y += 8
        else:
            c.text(x0, y, "Emergency: 000  ·  Unit medic on set all day", 8.5, bold=True)
            y += 16
        c.text(x0, y, "NOTES", 8.5, bold=True)
        y += 12
        _para(c, x0, y, g["notes"], 8, right - x0, 10.5)
        grey(c, 120)
        c.text(x0, c.pdf.h - 22, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"anz_{key}",
        "anz_tv_drama",
        f"Australian / New Zealand TV drama call sheet ({lay}): CREW CALL, 'Day 5 of 30', "
        "LOCATION / UNIT BASE / NEAREST HOSPITAL, state postcodes, sun times",
        make,
        expect(p, title, day, call, f"Set: {g['set']}"),
    )


def _anz_sheets() -> list[Sheet]:
    return [
        _anz(
            "milduraarts",
            "Red Cliffs",
            D(2026, 10, 14),
            "07:00",
            {
                "layout": "bands",
                "time_style": "au_am",
                "date_style": "au_short",
                "company": "Sunraysia Screen Pty Ltd",
                "company_addr": "84 Langtree Avenue, Mildura VIC 3500  ·  (03) 5555 0142",
                "no": "5",
                "episode": "Episode 102 / 104",
                "day_of": "Day 5 of 30",
                "weather": "Fine, 27°C / 12°C, NW 20 km/h",
                "set": "Rio Vista House - parlour and verandah",
                "base_lines": ["Trucks, catering & unit:"],
                "scenes": [
                    ("12", "INT. RIO VISTA - PARLOUR", "D", "2 4/8", "1, 2"),
                    ("13", "EXT. RIO VISTA - VERANDAH", "D", "1 2/8", "1, 3"),
                    ("27", "INT. RIO VISTA - HALLWAY", "D", "6/8", "2"),
                ],
                "cast": [
                    ("Tess Calloway", "JUNE", 0),
                    ("Mick Haddad", "DOUG", 30),
                    ("Ruby Nguyen", "KAT", 90),
                ],
                "notes": "Arts Centre galleries stay open to the public: no equipment in the "
                "foyer before 10:00am. Sunscreen and water at the verandah; heat breaks every "
                "hour after 1:00pm.",
                "footer": "Red Cliffs  ·  Call Sheet #5  ·  Sunraysia Screen Pty Ltd",
            },
        ),
        _anz(
            "lismoregallery",
            "Wilsons Creek",
            D(2026, 11, 4),
            "06:30",
            {
                "layout": "list",
                "time_style": "h24",
                "date_style": "au_slash",
                "company": "Northern Rivers Drama Pty Ltd",
                "company_addr": "Level 1, 29 Molesworth Street, Lismore NSW 2480",
                "episode": "Block 2  ·  Eps 3 & 4",
                "day_of": "Day 14 of 30",
                "weather": "Showers, 25°C / 16°C",
                "uv": "Very high (10)",
                "set": "Gallery 1 and the courtyard",
                "base_note": "Crew parking in the north lot only; shuttle from 06:00.",
                "scenes": [
                    ("3/21", "INT. GALLERY - OPENING NIGHT", "N", "2 1/8", "1, 4, 5"),
                    ("3/22", "EXT. GALLERY COURTYARD", "D", "1 3/8", "1, 2"),
                    ("4/07", "INT. GALLERY OFFICE", "D", "1", "4"),
                ],
                "cast": [
                    ("Hamish Teague", "CALLUM", 0),
                    ("Priya Lal", "NINA", 15),
                    ("Jo Everingham", "MARGOT", 120),
                ],
                "notes": "Wet weather cover: Gallery 2. Flood evacuation route signed from the "
                "courtyard. Please bring a water bottle; no single-use plastic on set.",
                "footer": "Wilsons Creek  ·  Call Sheet  ·  Day 14",
            },
        ),
        _anz(
            "aratoi",
            "The Ruamāhanga",
            D(2026, 10, 21),
            "07:30",
            {
                "layout": "nz",
                "time_style": "military",
                "date_style": "nz_long",
                "company": "Tararua Pictures Ltd",
                "episode": "Series 1  ·  Ep 5",
                "day_of": "Day 12 of 30",
                "director": "Aroha Tane",
                "ad": "Liam Fergusson",
                "weather": "Cloudy, southerly change, 15°C / 7°C",
                "set": "Main gallery and archive store",
                "base_note": "Unit vehicles along Dixon Street, cast holding in the pavilion",
                "scenes": [
                    ("5/14", "INT. MUSEUM - MAIN GALLERY", "D", "3", "1, 2"),
                    ("5/15", "INT. MUSEUM - ARCHIVE", "D", "1 5/8", "2, 6"),
                ],
                "cast": [
                    ("Mere Tawhiri", "HINE", 0),
                    ("Sam Whitcombe", "GREG", 45),
                ],
                # HARD: tomorrow's date and an earlier call follow in the advance schedule
                "advance": (
                    D(2026, 10, 22),
                    "06:00",
                    [
                        "EXT. HENLEY LAKE - DAWN  ·  Sc 5/30, 5/31  ·  Henley Lake Park",
                        "INT. HINE'S HOUSE - KITCHEN  ·  Sc 5/9  ·  Studio, Ngaumutawa Road",
                    ],
                ),
                "notes": "Museum open from 10am: keep the Bruce Street entrance clear. Warm "
                "layers for the southerly.",
                "footer": "The Ruamāhanga  ·  Call Sheet  ·  Day 12",
            },
        ),
    ]


# --- (2) Polish TV serial: dzienny plan pracy with several sets --------------------------------


def _dpp(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]
    lay = g["layout"]
    times = [
        ("Charakteryzacja", add_minutes(call, -60)),
        ("Kostiumy", add_minutes(call, -45)),
        ("Zbiórka ekipy", call),
        ("Obiad", add_minutes(call, 360)),
        ("Zdjęcia do", add_minutes(call, 660)),
    ]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 40.0
        right = W - x0
        hosp = [p.hospital, f"{p.hospital_street}, {p.hospital_city}", f"tel. {p.hospital_phone}"]
        if lay == "grid":
            c.text(x0, 40, g["company"], 8.5, bold=True)
            c.right(right, 40, g["sent"], 7.5)
            centre(c, 64, f"DZIENNY PLAN PRACY nr {g['no']}", 15)
            centre(c, 80, f"Serial „{title}”  ·  {g['episodes']}", 10.5, bold=False)
            c.hline(x0, right, 88, 1.0)
            c.text(x0, 104, day_text(day, g["date_style"]), 11, bold=True)
            c.right(right, 104, f"Dzień zdjęciowy {g['day_of']}", 11, bold=True)
            y = 116.0
            cw = (right - x0) / 5
            c.grid(x0, y, [cw] * 5, [14.0, 20.0])
            for k, (lab, v) in enumerate(times):
                fit(c, x0 + k * cw + 3, y + 10, lab.upper(), 7, cw - 6, bold=True)
                c.text(x0 + k * cw + 3, y + 29, hm(v, t), 11, bold=lab == "Zbiórka ekipy")
            y += 50
            c.text(
                x0,
                y,
                f"Wschód słońca {hm(rise, t)}  ·  Zachód słońca {hm(fall, t)}  ·  "
                f"Pogoda: {g['weather']}",
                8.5,
            )
            y += 20
            c.text(x0, y, "MIEJSCE ZDJĘĆ:", 9, bold=True)
            c.text(x0 + 100, y, f"{p.name}, {p.street}, {p.city}", 9.5, bold=True)
            y += 14
            for k, s in enumerate(g["sets"], 1):
                c.text(x0 + 100, y, f"Obiekt {k}: {s}", 9)
                y += 12
            y += 4
            c.text(x0, y, "BAZA:", 9, bold=True)
            c.text(x0 + 100, y, f"{p.base_street}, {p.base_city}", 9)
            y += 14
            c.text(x0, y, "SZPITAL:", 9, bold=True)
            fit(c, x0 + 100, y, "  ·  ".join(hosp), 8.5, right - x0 - 100)
            y += 22
        elif lay == "list":
            c.text(x0, 44, f"„{title}” - serial TVP, {g['episodes']}", 12, bold=True)
            c.text(x0, 57, g["company"], 8.5)
            c.right(right, 44, f"PLAN PRACY NA DZIEŃ {g['no']}", 10, bold=True)
            c.hline(x0, right, 64, 0.6)
            y = 82.0
            for lab, val in [
                ("Data:", day_text(day, g["date_style"])),
                ("Dzień zdjęciowy:", g["day_of"]),
                ("Reżyser:", g["director"]),
                ("II reżyser:", g["ad"]),
            ]:
                c.text(x0, y, lab, 9.5, bold=True)
                c.text(x0 + 110, y, val, 9.5)
                y += 14
            y += 6
            c.text(x0, y, "GODZINY", 9.5, bold=True)
            y += 14
            for lab, v in times:
                line = (
                    f"zdjęcia do {hm(v, t)}"
                    if lab == "Zdjęcia do"
                    else f"{hm(v, t)}  {lab.lower()}"
                    + ("  - na planie" if lab == "Zbiórka ekipy" else "")
                )
                c.text(x0 + 12, y, line, 9.5, bold=lab == "Zbiórka ekipy")
                y += 13
            c.text(x0 + 12, y, f"wschód {hm(rise, t)} / zachód {hm(fall, t)}", 9)
            y += 20
            y = _table(
                c,
                x0,
                y,
                ["OBIEKT", "MIEJSCE ZDJĘĆ", "ADRES"],
                [0, 60, 260],
                [
                    (f"Obiekt {k}", f"{p.name} - {s}", f"{p.street}, {p.city}")
                    for k, s in enumerate(g["sets"], 1)
                ],
                right,
                size=8.5,
                lead=13,
            )
            y += 2
            c.text(x0, y, "Baza:", 9.5, bold=True)
            c.text(x0 + 110, y, f"{p.base_street}, {p.base_city}", 9.5)
            y += 14
            c.text(x0, y, "Szpital (SOR):", 9.5, bold=True)
            c.text(x0 + 110, y, f"{p.hospital}, {p.hospital_street}, {p.hospital_city}", 9)
            y += 12
            c.text(x0 + 110, y, f"tel. {p.hospital_phone}  ·  alarmowy 112", 9)
            y += 22
        else:  # "two_sets": OBIEKT 1 and OBIEKT 2 side by side
            c.text(x0, 42, "DZIENNY PLAN PRACY", 14, bold=True)
            c.text(x0, 57, f"„{title}”  ·  {g['episodes']}  ·  {g['company']}", 9)
            bx = right - 170
            c.box(bx, 28, 170, 40, 1.0)
            c.text(bx + 6, 42, day_text(day, g["date_style"]), 10, bold=True)
            c.text(bx + 6, 59, f"Dzień zdjęciowy {g['day_of']}", 9)
            y = 90.0
            cw = (right - x0) / 5
            for k, (lab, v) in enumerate(times):
                xx = x0 + k * cw
                c.box(xx, y - 12, cw, 32, 1.0 if lab == "Zbiórka ekipy" else 0.4)
                fit(c, xx + 3, y - 2, lab, 7.5, cw - 6, bold=True)
                c.text(xx + 3, y + 14, hm(v, t), 11, bold=lab == "Zbiórka ekipy")
            y += 36
            c.text(
                x0,
                y,
                f"Wschód / zachód słońca: {hm(rise, t)} / {hm(fall, t)}  ·  {g['weather']}",
                8.5,
            )
            y += 18
            half = (right - x0 - 12) / 2
            # HARD: Obiekt 2 is a second address (the move after obiad), printed beside Obiekt 1
            blocks = [
                (
                    f"OBIEKT 1 (do {hm(add_minutes(call, 330), t)})",
                    [p.name, p.street, p.city, f"Miejsce zdjęć: {g['sets'][0]}"],
                ),
                (f"OBIEKT 2 (od {hm(add_minutes(call, 420), t)})", g["obiekt2"]),
            ]
            for k, (h, lines) in enumerate(blocks):
                xx = x0 + k * (half + 12)
                fill(c, xx, y - 10, half, 14, 220)
                c.text(xx + 3, y, h, 8.5, bold=True)
                yy = y + 15
                for ln in lines:
                    fit(c, xx + 3, yy, ln, 9, half - 6)
                    yy += 12
            y += 15 + 12 * 4 + 6
            c.text(x0, y, "Baza:", 9, bold=True)
            c.text(x0 + 70, y, f"{p.base_street}, {p.base_city}", 9)
            y += 13
            c.text(x0, y, "Przejazd:", 9, bold=True)
            c.text(x0 + 70, y, g["move"], 9)
            y += 13
            c.text(x0, y, "Szpital:", 9, bold=True)
            c.text(x0 + 70, y, "  ·  ".join(hosp), 8.5)
            y += 22
        y = _table(
            c,
            x0,
            y,
            ["SCENA", "OBIEKT", "OPIS", "D/N", "STR.", "OBSADA"],
            [0, 44, 100, 330, 365, 405],
            g["scenes"],
            right,
            size=8,
            lead=12,
        )
        y += 4
        y = _table(
            c,
            x0,
            y,
            ["AKTOR", "ROLA", "CHARAKT.", "KOSTIUM", "NA PLANIE"],
            [0, 140, 260, 340, 420],
            cast_times(g["cast"], call, partial(hm, style=t), (-60, -30, 0)),
            right,
            size=8,
            lead=12,
        )
        y += 4
        _para(c, x0, y, f"Uwagi: {g['notes']}", 8.5, right - x0, 11)
        grey(c, 120)
        c.text(x0, c.pdf.h - 22, g["footer"], 7)
        black(c)
        return c.output()

    extra = f"Obiekt 1: {g['sets'][0]}" if lay == "grid" else g["sets"][0]
    if lay == "two_sets":
        extra = f"Miejsce zdjęć: {g['sets'][0]}"
    return _sheet(
        f"dpp_{key}",
        "pl_serial_dpp",
        f"Polish TV serial dzienny plan pracy ({lay}): several sets (Obiekt 1, Obiekt 2, Miejsce "
        "zdjęć, Baza), the crew call among charakteryzacja, kostiumy, obiad, zdjęcia do; "
        "'Dzień zdjęciowy 12/40', 'środa, 14.10.2026'",
        make,
        expect(p, title, day, call, extra),
    )


def _dpp_sheets() -> list[Sheet]:
    return [
        _dpp(
            "muzeumlomza",
            "Nad Narwią",
            D(2026, 10, 14),
            "07:00",
            {
                "layout": "grid",
                "time_style": "pl",
                "date_style": "pl_wd",
                "company": "Narew Film Sp. z o.o.",
                "sent": "wysłano: wtorek 13.10.2026, 19:40",
                "no": "12",
                "episodes": "odc. 23-24",
                "day_of": "12/40",
                "weather": "pochmurno, 9°C",
                "sets": ["sala wystawowa (wnętrze)", "dziedziniec muzeum (plener)"],
                "scenes": [
                    ("23/4", "1", "WN. MUZEUM - SALA WYSTAWOWA - DZIEŃ", "D", "2 2/8", "1, 3"),
                    ("23/5", "1", "WN. MUZEUM - GABINET KUSTOSZA - DZIEŃ", "D", "1 1/8", "3"),
                    ("24/11", "2", "PL. DZIEDZINIEC - DZIEŃ", "D", "1 4/8", "1, 2, 5"),
                ],
                "cast": [
                    ("Anna Wróblewska", "KASIA", 0),
                    ("Piotr Zalewski", "KUSTOSZ", 30),
                    ("Marek Dąbek", "ADAM", 180),
                ],
                "notes": "Muzeum otwarte dla zwiedzających od 10:00 - sprzęt tylko od strony "
                "dziedzińca. Catering w bazie od 6:30.",
                "footer": "Nad Narwią  ·  DPP nr 12  ·  Narew Film",
            },
        ),
        _dpp(
            "muzeumpila",
            "Przystanek Piła",
            D(2026, 10, 28),
            "08:00",
            {
                "layout": "list",
                "time_style": "h24",
                "date_style": "pl_wd_short",
                "company": "Gwda Media Sp. z o.o.  ·  kierownik produkcji: Ewa Szulc",
                "no": "27",
                "episodes": "odc. 41",
                "day_of": "27/40",
                "director": "Tomasz Krajewski",
                "ad": "Magda Olszewska",
                "sets": ["gabinet Staszica", "korytarz i klatka schodowa"],
                "scenes": [
                    ("41/2", "1", "WN. GABINET - DZIEŃ", "D", "2", "1, 2"),
                    ("41/3", "1", "WN. GABINET - DZIEŃ", "D", "6/8", "2"),
                    ("41/8", "2", "WN. KORYTARZ - DZIEŃ", "D", "1 3/8", "1, 4"),
                ],
                "cast": [
                    ("Joanna Kmieć", "IRENA", 0),
                    ("Bartosz Lis", "JAREK", 60),
                ],
                "notes": "Parkowanie wyłącznie na parkingu bazy. Obiad w bazie (catering "
                "Smaki Gwdy).",
                "footer": "Przystanek Piła  ·  plan pracy 27/40",
            },
        ),
        _dpp(
            "zamekmalbork",
            "Zakon",
            D(2026, 11, 11),
            "06:30",
            {
                "layout": "two_sets",
                "time_style": "pl",
                "date_style": "pl_wd",
                "company": "Nogat Studio",
                "episodes": "odc. 7",
                "day_of": "19/40",
                "weather": "mgła rano, 6°C",
                "sets": ["Wielki Refektarz"],
                "obiekt2": [
                    "Dworzec PKP Malbork",
                    "ul. Dworcowa 1",
                    "82-200 Malbork",
                    "Miejsce zdjęć: peron 1 i hala",
                ],
                "move": "po obiedzie, busy z bazy 13:15 (ok. 10 min)",
                "scenes": [
                    ("7/3", "1", "WN. REFEKTARZ - DZIEŃ", "D", "2 5/8", "1, 2, 6"),
                    ("7/4", "1", "WN. REFEKTARZ - DZIEŃ", "D", "1", "1"),
                    ("7/19", "2", "WN./PL. DWORZEC - DZIEŃ", "D", "1 6/8", "2, 7"),
                ],
                "cast": [
                    ("Karol Sikora", "BRAT JAN", 0),
                    ("Helena Mróz", "AGATA", 30),
                    ("Igor Pawlak", "KONDUKTOR", 420),
                ],
                "notes": "Na zamku obowiązuje zakaz dymu i ognia. Obiekt 2 dostępny od 13:00 "
                "(zgoda PKP).",
                "footer": "Zakon  ·  DPP  ·  Nogat Studio",
            },
        ),
    ]


# --- (3) Irish / Scottish independent feature sheets -------------------------------------------


def _indie(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "military"
    lay = g["layout"]
    hosp_line = f"{p.hospital}, {p.hospital_street}, {p.hospital_city} ({p.hospital_phone})"

    def make() -> bytes:
        c = Canvas("A4", g.get("font", "helvetica"))
        W = c.width
        x0 = 50.0
        right = W - x0
        if lay == "runin":
            centre(c, 52, title.upper(), 17)
            centre(c, 68, f"{g['company']}  ·  CALL SHEET  ·  {g['day_of']}", 9, bold=False)
            centre(c, 86, day_text(day, g["date_style"]), 12)
            c.hline(x0, right, 94, 0.8)
            y = 116.0
            rows = [
                ("Call:", f"{hm(call, t)}  (breakfast from {hm(add_minutes(call, -30), t)})"),
                ("Location:", f"{p.name}, {p.street}, {p.city}"),
                ("Set:", g["set"]),
                ("Parking:", f"{p.base_street}, {p.base_city}"),
                ("Nearest Hospital / A&E:", hosp_line),
                ("Sunrise / Sunset:", f"{hm(rise, t)} / {hm(fall, t)}"),
                ("Weather:", g["weather"]),
                ("Lunch:", f"{hm(add_minutes(call, 330), t)} in the bar"),
                ("Wrap:", f"{hm(add_minutes(call, 630), t)} (est.)"),
            ]
            for lab, val in rows:
                w = c.text(x0, y, lab, 10, bold=True)
                fit(
                    c,
                    x0 + w + 5,
                    y,
                    val,
                    10 if lab != "Call:" else 11,
                    right - x0 - w - 5,
                    bold=lab == "Call:",
                )
                y += 16
            y += 10
        elif lay == "boxes":
            c.text(x0, 50, title, 18, bold=True)
            c.text(x0, 64, f"{g['company']}  ·  {g['day_of']}", 9)
            c.right(right, 50, day_text(day, g["date_style"]), 10.5, bold=True)
            c.right(right, 64, f"Call sheet no. {g['no']}", 8.5)
            c.hline(x0, right, 72, 1.0)
            y = 84.0
            lw = 150.0
            c.box(x0, y, lw, 120, 1.0)
            c.text(x0 + 8, y + 18, "Call:", 11, bold=True)
            c.text(x0 + 8, y + 48, hm(call, t), 26, bold=True)
            yy = y + 70
            for ln in [
                f"Breakfast {hm(add_minutes(call, -30), t)}",
                f"Turnover {hm(add_minutes(call, 60), t)}",
                f"Sunrise {hm(rise, t)}",
                f"Sunset {hm(fall, t)}",
            ]:
                c.text(x0 + 8, yy, ln, 8.5)
                yy += 11.5
            rx = x0 + lw + 10
            rw = right - rx
            c.box(rx, y, rw, 120, 0.5)
            yy = y + 16
            for lab, lines in [
                ("Location:", [f"{p.name}, {p.street}, {p.city}", f"Set: {g['set']}"]),
                ("Parking:", [f"{p.base_street}, {p.base_city}"]),
                # HARD: the hospital's name has no 'Hospital' in it ("The Balfour")
                (
                    "Nearest Hospital / A&E:",
                    [
                        f"{p.hospital}, {p.hospital_street},",
                        f"{p.hospital_city}  ·  {p.hospital_phone}",
                    ],
                ),
            ]:
                c.text(rx + 6, yy, lab, 8.5, bold=True)
                yy += 11
                for ln in lines:
                    fit(c, rx + 6, yy, ln, 9, rw - 12)
                    yy += 11
                yy += 4
            y += 134
            c.text(x0, y, f"Weather: {g['weather']}", 9)
            y += 20
        else:  # "table": call at the top right, a three-column Location / Parking / A&E table
            c.text(x0, 48, title, 16, bold=True)
            c.text(x0, 62, g["company"], 9)
            c.text(x0, 74, f"{day_text(day, g['date_style'])}  ·  {g['day_of']}", 9.5, bold=True)
            c.right(right, 52, f"Call: {hm(call, t)}", 16, bold=True)
            c.right(right, 68, f"Shooting call: {hm(add_minutes(call, 45), t)}", 8.5)
            c.hline(x0, right, 84, 0.8)
            y = 100.0
            cw = (right - x0) / 3
            heads = ["Location:", "Parking:", "Nearest Hospital / A&E:"]
            cells = [
                [p.name, p.street, p.city, f"Set: {g['set']}"],
                [*p.base_street.split(", "), p.base_city],
                [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
            ]
            fill(c, x0, y - 10, right - x0, 14, 225)
            for k, (h, lines) in enumerate(zip(heads, cells, strict=True)):
                xx = x0 + k * cw
                c.text(xx + 4, y, h, 8.5, bold=True)
                yy = y + 15
                for ln in lines:
                    fit(c, xx + 4, yy, ln, 8.5, cw - 8)
                    yy += 11
            c.box(x0, y - 10, right - x0, 14 + 11 * 4 + 10, 0.5)
            for k in (1, 2):
                c.vline(x0 + k * cw, y - 10, y + 4 + 11 * 4 + 10, 0.4)
            y += 76
            c.text(x0, y, f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}  ·  {g['weather']}", 9)
            y += 20
        y = _table(
            c,
            x0,
            y,
            ["Sc", "Set / synopsis", "D/N", "Pgs", "Cast"],
            [0, 30, 300, 340, 380],
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
            ["Cast", "Character", "Pick-up", "H/MU", "On set"],
            [0, 130, 240, 320, 400],
            cast_times(g["cast"], call, partial(hm, style=t), (-30, 0, 60)),
            right,
            size=8.5,
            lead=13,
        )
        y += 4
        y = _para(c, x0, y, g["notes"], 8.5, right - x0, 11)
        y += 6
        c.text(x0, y, g["emergency"], 8.5, bold=True)
        return c.output()

    return _sheet(
        f"indie_{key}",
        "ie_scot_indie",
        f"Irish / Scottish independent feature sheet ({lay}): 'Call: 0730', 'Location:', "
        "'Parking:', 'Nearest Hospital / A&E:', ordinal dates, UK postcodes / Eircodes",
        make,
        expect(p, title, day, call, f"Set: {g['set']}" if lay != "runin" else g["set"]),
    )


def _indie_sheets() -> list[Sheet]:
    return [
        _indie(
            "corranhalls",
            "The Ferry Hall",
            D(2026, 10, 14),
            "07:30",
            {
                "layout": "runin",
                "date_style": "ord_long",
                "company": "Lorn Pictures",
                "day_of": "DAY 4 OF 18",
                "set": "Main hall, stage and the bar",
                "weather": "Showers, 11°C, SW wind 25 mph",
                "scenes": [
                    ("18", "INT. FERRY HALL - CEILIDH - the band arrives", "N", "2 6/8", "1, 2"),
                    ("19", "INT. FERRY HALL - BAR - Morag and Ewan argue", "N", "1 3/8", "1, 3"),
                ],
                "cast": [
                    ("Isla MacInnes", "MORAG", 0),
                    ("Ruairidh Grant", "EWAN", 30),
                    ("Catriona Bell", "JEAN", 90),
                ],
                "notes": "Night interiors blacked out in the day. The Esplanade is a clearway "
                "until 0930: do not unload there.",
                "emergency": "Emergency: 999  ·  Unit first aider: Kirsty (07700 900412)",
            },
        ),
        _indie(
            "pickaquoy",
            "Hoy Light",
            D(2026, 10, 22),
            "08:00",
            {
                "layout": "boxes",
                "date_style": "ord_short",
                "company": "Scapa Flow Films",
                "day_of": "Day 9 of 20",
                "no": "9",
                "set": "Sports hall and cinema foyer",
                "weather": "Gales easing, 9°C, rain at times",
                "scenes": [
                    ("31", "INT. SPORTS HALL - the island dance", "D", "3 1/8", "1, 4"),
                    ("32", "INT. CINEMA FOYER - Sandy waits", "D", "7/8", "4"),
                ],
                "cast": [
                    ("Freya Rendall", "INGA", 0),
                    ("Magnus Flett", "SANDY", 45),
                ],
                "notes": "Ferries may be cancelled: check the group chat by 0600. Crew meals "
                "in the centre cafe.",
                "emergency": "Emergency: 999  ·  NHS 24: 111",
            },
        ),
        _indie(
            "angrianan",
            "Swilly",
            D(2026, 11, 3),
            "07:30",
            {
                "layout": "table",
                "font": "times",
                "date_style": "ord_long",
                "company": "Errigal Road Films Ltd",
                "day_of": "Day 6 of 16",
                "set": "Auditorium and dressing rooms",
                "weather": "Bright spells, 10°C",
                "scenes": [
                    ("44", "INT. THEATRE - AUDITORIUM - the audition", "D", "2 4/8", "1, 2, 3"),
                    ("45", "INT. DRESSING ROOM - Niamh alone", "D", "1 1/8", "1"),
                ],
                "cast": [
                    ("Aoife Gallagher", "NIAMH", 0),
                    ("Declan McFadden", "SEAMUS", 60),
                ],
                "notes": "Theatre box office open from 1200: crew through the stage door on "
                "Port Road only.",
                "emergency": "Emergency: 112 / 999  ·  Unit medic: Orla (087 555 0148)",
            },
        ),
    ]


# --- (4) a band's own music-video one-liner pages ----------------------------------------------


def _mv(key: str, song: str, artist: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    lay = g["layout"]
    when = day_text(day, g["date_style"])
    where = f"{p.name}, {p.street}, {p.city}"

    def make() -> bytes:
        c = Canvas("letter", g.get("font", "helvetica"))
        W = c.width
        x0 = 60.0
        right = W - x0
        if lay == "one_line":
            line = f"MV '{song}' {DASH} {artist} {DASH} {when} {DASH} call {call} {DASH} {where}"
            y = _para(c, x0, 80, line, 13, right - x0, 17, bold=True)
            y += 10
            for ln in g["lines"]:
                y = _para(c, x0, y, ln, 11, right - x0, 14)
        elif lay == "stacked":
            y = 90.0
            for ln, size in [
                (f"MV “{song}” {DASH} {artist}", 15),
                (f"{when} {DASH} call {call}", 13),
                (where, 11),
            ]:
                centre(c, y, ln, size, bold=size > 12)
                y += size + 9
            y += 6
            for ln in g["lines"]:
                centre(c, y, ln, 10, bold=False)
                y += 14
            y += 4
            centre(
                c,
                y,
                f"nearest ER: {p.hospital}, {p.hospital_street}, {p.hospital_city}",
                9,
                bold=False,
            )
        else:  # "note": a phone note saved to PDF, no year printed
            c.text(x0, 70, f"{artist} {DASH} video shoot", 10, bold=True)
            grey(c, 120)
            c.text(x0, 83, "shared from Notes", 7.5)
            black(c)
            # HARD: "Wed 14.10" carries no year; the weekday fits 2026 (14 Oct is a Tuesday in
            # 2025 and a Thursday in 2027)
            line = f"MV '{song}' {DASH} {artist} {DASH} {when} {DASH} call {call} {DASH} {where}"
            y = _para(c, x0, 108, line, 11, right - x0, 15)
            y += 6
            for ln in g["lines"]:
                y = _para(c, x0, y, ln, 11, right - x0, 15)
        return c.output()

    exp = expect(
        p,
        song,
        day,
        call,
        "",
        sun=NO_SUN,
        hospital=p.hospital if lay == "stacked" else None,
    )
    return _sheet(
        f"mv_{key}",
        "band_mv_oneliner",
        f"a band's own music-video page ({lay}): one block of a few lines, \"MV 'Title' - "
        'Artist - Wed 14.10 - call 08:00 - address" (en dashes)',
        make,
        exp,
    )


def _mv_sheets() -> list[Sheet]:
    return [
        _mv(
            "bells",
            "Paper Lanterns",
            "The Creek Kings",
            D(2026, 10, 21),
            "08:00",
            {
                "layout": "one_line",
                "date_style": "mv_dot_year",
                "lines": [
                    "Back room is ours till 3pm, then the bar opens. Wear the black stuff from "
                    "the Lansing show. Bring your own guitars, Josh brings the drum kit.",
                    "Lunch: pizza around noon. Questions: Dana 269-555-0182",
                ],
            },
        ),
        _mv(
            "opolis",
            "Red Dirt Radio",
            "Prairie Static",
            D(2026, 11, 4),
            "09:30",
            {
                "layout": "stacked",
                "font": "courier",
                "date_style": "mv_dot_year",
                "lines": [
                    "load in by the back door on the alley, we play the song ~15 times",
                    "park at the Main St lot, not in front of the venue",
                    "Kelsey is shooting, Marcus on lights - text 405-555-0117 if lost",
                ],
            },
        ),
        _mv(
            "palacekilmarnock",
            "Cold Feet",
            "The Irvine Waters",
            D(2026, 10, 14),
            "10:00",
            {
                "layout": "note",
                "date_style": "mv_dot",
                "lines": [
                    "Stage door on Green Street, they lock it at 10.15 so don't be late.",
                    "Bring both shirts (white + the denim one). Ross has the smoke machine.",
                    "Done by 6 hopefully, chippy after.",
                ],
            },
        ),
    ]


# --- (5) US student / low-budget sheets from a free template ----------------------------------


def _student(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "us"
    lay = g["layout"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 32.0
        right = W - x0
        top = 34.0
        if lay == "stack":
            centre(c, 48, title.upper(), 18)
            centre(c, 62, g["company"], 9, bold=False)
            top = 74.0
        pw = (right - x0) / 3
        ph = 112.0
        for k in range(3):
            c.box(x0 + k * pw, top, pw, ph, 0.8)
        # left panel: production and people
        yy = top + 16
        if lay != "stack":
            fit(c, x0 + 8, yy, title, 14, pw - 16, bold=True)
            yy += 13
            fit(c, x0 + 8, yy, g["company"], 8, pw - 16)
            yy += 14
        c.text(x0 + 8, yy, "Production", 7, bold=True)
        fit(c, x0 + 60, yy, title, 8, pw - 68)
        yy += 11
        for lab, val in g["people"]:
            c.text(x0 + 8, yy, lab, 7, bold=True)
            fit(c, x0 + 60, yy, val, 8, pw - 68)
            yy += 11
        # centre panel: the general crew call
        cx = x0 + pw
        lab = "GENERAL CREW CALL"
        c.text(cx + (pw - measure(c, lab, 9, bold=True)) / 2, top + 18, lab, 9, bold=True)
        yy = top + 32
        if g.get("precall"):
            # HARD: a department pre-call is printed in the call box, above the general call
            s = g["precall"]
            c.text(cx + (pw - measure(c, s, 7.5)) / 2, yy, s, 7.5)
            yy += 6
        big = hm(call, t)
        c.text(cx + (pw - measure(c, big, 24, bold=True)) / 2, yy + 24, big, 24, bold=True)
        yy += 44
        for ln in [
            f"Breakfast {hm(add_minutes(call, -30), t)}",
            f"Shooting Call {hm(add_minutes(call, 45), t)}",
            f"Lunch {hm(add_minutes(call, 360), t)}",
        ]:
            c.text(cx + (pw - measure(c, ln, 8)) / 2, yy, ln, 8)
            yy += 10.5
        # right panel: date, day, weather box
        rx = x0 + 2 * pw
        c.text(rx + 8, top + 16, "Date", 7, bold=True)
        fit(c, rx + 8, top + 29, day_text(day, g["date_style"]), 10.5, pw - 16, bold=True)
        c.text(rx + 8, top + 43, g["day_of"], 9)
        fill(c, rx + 6, top + 52, pw - 12, 52, 235)
        c.text(rx + 12, top + 64, "WEATHER", 7, bold=True)
        c.text(rx + 12, top + 77, g["weather"], 8)
        c.text(rx + 12, top + 90, f"Sunrise {hm(rise, t)}  Sunset {hm(fall, t)}", 8)
        c.text(rx + 12, top + 100, g["rain"], 7)
        y = top + ph + 24
        c.text(x0, y - 4, "LOCATIONS", 9, bold=True)
        heads = ["Set", "Address", "Parking", "Nearest Hospital"]
        xs = [0.0, 120.0, 270.0, 400.0]
        rows = [
            (
                [f"1. {g['set']}"],
                [p.name, p.street, p.city],
                [*p.base_street.split(", "), p.base_city],
                [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
            )
        ]
        if g.get("row2"):
            rows.append(g["row2"])
        fill(c, x0, y + 2, right - x0, 12, 215)
        for h, dx in zip(heads, xs, strict=True):
            c.text(x0 + 4 + dx, y + 11, h, 7.5, bold=True)
        y += 14
        for row in rows:
            n = max(len(cell) for cell in row)
            for cell, dx, k in zip(row, xs, range(4), strict=True):
                w = (xs[k + 1] if k < 3 else right - x0) - dx - 8
                yy = y + 11
                for ln in cell:
                    fit(c, x0 + 4 + dx, yy, ln, 8, w)
                    yy += 10
            c.hline(x0, right, y + 4 + 10 * n, 0.3)
            y += 4 + 10 * n
        c.box(
            x0,
            y - sum(4 + 10 * max(len(cl) for cl in r) for r in rows) - 14,
            right - x0,
            sum(4 + 10 * max(len(cl) for cl in r) for r in rows) + 14,
            0.5,
        )
        y += 22
        y = _table(
            c,
            x0,
            y,
            ["Scene", "Set / Description", "D/N", "Pages", "Cast"],
            [0, 40, 320, 360, 410],
            g["scenes"],
            right,
            size=8,
            lead=12,
        )
        y += 4
        y = _table(
            c,
            x0,
            y,
            ["#", "Cast", "Role", "Call", "Makeup", "On Set"],
            [0, 20, 150, 280, 360, 440],
            cast_times(g["cast"], call, partial(hm, style=t), (0, 15, 60), numbered=True),
            right,
            size=8,
            lead=12,
        )
        y += 4
        y = _table(
            c,
            x0,
            y,
            ["Department", "Name", "Phone", "Call"],
            [0, 140, 300, 420],
            crew_times(g["crew"], call, partial(hm, style=t)),
            right,
            size=8,
            lead=12,
        )
        y += 4
        _para(c, x0, y, f"Notes: {g['notes']}", 8, right - x0, 10.5)
        grey(c, 140)
        c.text(x0, c.pdf.h - 20, "Made with a free call sheet template", 6.5)
        black(c)
        return c.output()

    return _sheet(
        f"student_{key}",
        "us_student_template",
        f"US student / low-budget sheet from a free template ({lay}): header with Production, "
        "GENERAL CREW CALL, Date, Day x of y, weather box with sunrise / sunset; a Locations "
        "table Set / Address / Parking / Nearest Hospital",
        make,
        expect(p, title, day, call, f"1. {g['set']}"),
    )


def _student_sheets() -> list[Sheet]:
    return [
        _student(
            "englert",
            "Second Balcony",
            D(2026, 10, 14),
            "07:00",
            {
                "layout": "panels",
                "date_style": "us_long",
                "company": "UI Cinematic Arts - Advanced Production",
                "day_of": "Day 3 of 5",
                "people": [
                    ("Director", "Maya Lindqvist (319) 555-0134"),
                    ("Producer", "Eli Barros (319) 555-0176"),
                    ("1st AD", "Jordan Pike (319) 555-0151"),
                ],
                "weather": "Partly cloudy 61°F / 43°F",
                "rain": "Precip 10%  ·  Wind NW 8 mph",
                "set": "Auditorium & balcony",
                "scenes": [
                    ("7", "INT. THEATER BALCONY - Lou finds the letter", "D", "2 1/8", "1"),
                    ("8", "INT. AUDITORIUM - rehearsal", "D", "3", "1, 2, 3"),
                ],
                "cast": [
                    ("Harper Quinn", "LOU", 0),
                    ("Devon Ruiz", "MR. ADLER", 60),
                    ("Sasha Kim", "STAGE MANAGER", 90),
                ],
                "crew": [
                    ("Camera", "Noah Feld", "(319) 555-0190", 0),
                    ("Sound", "Ada Osei", "(319) 555-0123", 0),
                    ("Art", "Lena Cho", "(319) 555-0168", -30),
                ],
                "notes": "Theater has a matinee at 2:00 PM: wrap the balcony by 1:00 PM. "
                "Student IDs on you at all times.",
            },
        ),
        _student(
            "covey",
            "Canyon Static",
            D(2026, 10, 28),
            "07:30",
            {
                "layout": "panels",
                "date_style": "us_num",
                "company": "BYU TMA 385 Capstone",
                "day_of": "Day 2 of 4",
                # HARD: the pre-call for camera and G&E sits in the call box above the call
                "precall": "*Camera / G&E pre-call 6:30 AM",
                "people": [
                    ("Director", "Caleb Sorensen (801) 555-0142"),
                    ("Producer", "Mia Tanaka (801) 555-0188"),
                    ("1st AD", "Oscar Reyes (801) 555-0109"),
                ],
                "weather": "Sunny 58°F / 36°F",
                "rain": "Precip 0%  ·  Wind S 5 mph",
                "set": "Black box theatre",
                "scenes": [
                    ("14", "INT. BLACK BOX - the radio play", "D", "2 6/8", "1, 2"),
                    ("15", "INT. GREEN ROOM - aftermath", "D", "1 2/8", "2"),
                ],
                "cast": [
                    ("Brynn Larsen", "JUNE", 0),
                    ("Tate Morales", "WES", 30),
                ],
                "crew": [
                    ("Camera", "Ivy Chen", "(801) 555-0163", -60),
                    ("G&E", "Sam Olsen", "(801) 555-0127", -60),
                    ("Sound", "Kai Nakamura", "(801) 555-0111", 0),
                ],
                "notes": "Arts center classes in the afternoon: keep the lobby clear. Load out "
                "by 7:00 PM.",
            },
        ),
        _student(
            "minnetrista",
            "The Glass Works",
            D(2026, 11, 11),
            "08:00",
            {
                "layout": "stack",
                "date_style": "us_long",
                "company": "Ball State TCOM Film Club",
                "day_of": "Day 1 of 3",
                "people": [
                    ("Director", "Owen Hartley"),
                    ("Producer", "Grace Mbeki"),
                    ("1st AD", "Luis Ortega"),
                    ("Phone", "(765) 555-0199"),
                ],
                "weather": "Overcast 48°F / 33°F",
                "rain": "Precip 30%  ·  Wind W 12 mph",
                "set": "Oakhurst gardens & the glass gallery",
                "row2": (
                    ["2. Holding / crew meals"],
                    ["Same as above (rear meeting room)"],
                    ["-"],
                    ["-"],
                ),
                "scenes": [
                    ("3", "EXT. GARDENS - the walk", "D", "1 4/8", "1, 2"),
                    ("4", "INT. GLASS GALLERY - the jar", "D", "2 2/8", "1"),
                ],
                "cast": [
                    ("Nora Blake", "EMMA", 0),
                    ("Ty Williams", "GRANDPA", 60),
                ],
                "crew": [
                    ("Camera", "Reese Adams", "(765) 555-0144", 0),
                    ("Sound", "Jada Price", "(765) 555-0172", 0),
                ],
                "notes": "Minnetrista is open to visitors: no stands on the garden paths. "
                "Dress warm for the exterior.",
            },
        ),
    ]


# --- (6) European commercial two-column one-pagers ---------------------------------------------


def _twocol(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 44.0
        right = W - x0
        mid = x0 + (right - x0) / 2 + 6
        c.text(x0, 46, g["company"], 12, bold=True)
        grey(c, 110)
        c.text(x0, 58, g["company_addr"], 7.5)
        black(c)
        c.right(right, 46, "CALL SHEET", 14, bold=True)
        c.right(right, 58, g["job"], 8)
        c.hline(x0, right, 66, 1.0)
        c.text(x0, 88, title, 16, bold=True)
        c.text(x0, 101, g["client_line"], 9)
        y = 126.0
        call_text = g.get("call_text", hm(call, t))
        left = [
            ("DATE", [day_text(day, g["date_style"])]),
            ("CALL", [call_text]),
            ("LOCATION", [p.name, p.street, p.city]),
            ("SET", [g["set"]]),
            ("PARKING", [f"{p.base_street}, {p.base_city}"]),
        ]
        right_col = [
            ("PRODUCER", [g["producer"]]),
            ("PHONE", [g["phone"]]),
            ("WEATHER", [g["weather"], f"Sunrise {hm(rise, t)} / Sunset {hm(fall, t)}"]),
            ("DIRECTOR", [g["director"]]),
            ("CLIENT", [g["client"]]),
        ]
        # both columns advance line by line on the same baselines
        yl = yr = y
        for (ll, lv), (rl, rv) in zip(left, right_col, strict=True):
            c.text(x0, yl, ll, 8, bold=True)
            for k, v in enumerate(lv):
                fit(
                    c,
                    x0 + 70,
                    yl + 13 * k,
                    v,
                    9.5 if ll != "CALL" else 11,
                    mid - x0 - 82,
                    bold=ll == "CALL",
                )
            c.text(mid, yr, rl, 8, bold=True)
            for k, v in enumerate(rv):
                fit(c, mid + 70, yr + 13 * k, v, 9.5, right - mid - 70)
            step = 13 * max(len(lv), len(rv)) + 5
            yl += step
            yr += step
        y = yl + 4
        c.hline(x0, right, y - 8, 0.4)
        c.text(x0, y + 4, "NEAREST HOSPITAL", 8, bold=True)
        c.text(
            x0 + 100,
            y + 4,
            f"{p.hospital}, {p.hospital_street}, {p.hospital_city}  ·  {p.hospital_phone}",
            8.5,
        )
        y += 17
        c.text(x0, y, "EMERGENCY", 8, bold=True)
        c.text(x0 + 100, y, "112", 8.5)
        y += 24
        y = _table(
            c,
            x0,
            y,
            ["TIME", "WHAT"],
            [0, 70],
            [(hm(add_minutes(call, o), t), w) for o, w in g["plan"]],
            right,
            size=8.5,
            lead=12.5,
        )
        y += 4
        _table(
            c,
            x0,
            y,
            ["ROLE", "NAME", "PHONE", "CALL"],
            [0, 130, 280, 420],
            crew_times(g["crew"], call, partial(hm, style=t)),
            right,
            size=8.5,
            lead=12.5,
        )
        grey(c, 120)
        c.text(x0, c.pdf.h - 24, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"twocol_{key}",
        "eu_two_column",
        "European commercial one-pager: two label / value columns on the same baselines (DATE, "
        "CALL, LOCATION, SET, PARKING left; PRODUCER, PHONE, WEATHER, DIRECTOR, CLIENT right), "
        "EU postcodes",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _twocol_sheets() -> list[Sheet]:
    return [
        _twocol(
            "lakenhal",
            "Licht op Leiden",
            D(2026, 10, 14),
            "07:00",
            {
                "time_style": "nl",
                "date_style": "nl_dash",
                "company": "Rijnland Producties B.V.",
                "company_addr": "Haarlemmerstraat 120, 2312 GD Leiden  ·  +31 71 555 0140",
                "job": "Job 26-114  ·  1 shooting day",
                "client_line": 'TVC 30" + 15" cutdown for Gemeente Leiden',
                "set": "Pieter de la Court gallery",
                "producer": "Sanne de Vries",
                "phone": "+31 6 5555 0182",
                "weather": "Bewolkt, 12°C, W 4 Bft",
                "director": "Joris Bakker",
                "client": "Gemeente Leiden",
                "plan": [
                    (-30, "Breakfast at the museum café"),
                    (0, "Crew call / load-in via Lammermarkt entrance"),
                    (90, "First shot"),
                    (330, "Lunch"),
                    (600, "Wrap and load-out"),
                ],
                "crew": [
                    ("Director", "Joris Bakker", "+31 6 5555 0111", 0),
                    ("DoP", "Femke Jansen", "+31 6 5555 0123", 0),
                    ("Gaffer", "Ruben Smit", "+31 6 5555 0145", -30),
                    ("Make-up", "Lotte Visser", "+31 6 5555 0167", 30),
                ],
                "footer": "Rijnland Producties  ·  Licht op Leiden  ·  Call sheet v2",
            },
        ),
        _twocol(
            "fridericianum",
            "Documenta Days",
            D(2026, 11, 4),
            "08:00",
            {
                "time_style": "h24",
                "date_style": "de_wd",
                "company": "Fulda Bild GmbH",
                "company_addr": "Königsstraße 41, 34117 Kassel  ·  +49 561 5550 140",
                "job": "Spot 2026/31  ·  Drehtag 1/2",
                "client_line": 'Image spot 45" for Kassel Marketing',
                "set": "Rotunde and the main staircase",
                "producer": "Katrin Vogel",
                "phone": "+49 151 5550 1827",
                "weather": "Nebel, später heiter, 7°C",
                "director": "Jan Hoffmann",
                "client": "Kassel Marketing GmbH",
                "plan": [
                    (0, "Call, load-in Friedrichsplatz side"),
                    (75, "First shot: staircase"),
                    (300, "Lunch"),
                    (360, "Rotunde, drone inserts outside (permit 13:00-15:00)"),
                    (600, "Wrap"),
                ],
                "crew": [
                    ("Director", "Jan Hoffmann", "+49 151 5550 1112", 0),
                    ("DoP", "Lea Schäfer", "+49 151 5550 1134", 0),
                    ("Drone", "Tim Becker", "+49 151 5550 1156", 240),
                    ("Runner", "Mira Koch", "+49 151 5550 1178", -30),
                ],
                "footer": "Fulda Bild GmbH  ·  Documenta Days  ·  Dispo / Call sheet",
            },
        ),
        _twocol(
            "galerieliberec",
            "Ještěd Winter",
            D(2026, 11, 18),
            "07:30",
            {
                "time_style": "h24",
                "date_style": "cz_spaced",
                # HARD: the CALL row gives the technical pre-call first, then the crew call
                "call_text": "tech 06:30 / crew 07:30",
                "company": "Nisa Film s.r.o.",
                "company_addr": "Moskevská 15, 460 01 Liberec  ·  +420 485 555 014",
                "job": "Job NF-2611  ·  1 day",
                "client_line": 'Online spot 20" for Liberecký kraj tourism',
                "set": "Main hall (former baths)",
                "producer": "Tereza Nováková",
                "phone": "+420 602 555 182",
                "weather": "Zataženo, 3°C, possible snow",
                "director": "Ondřej Král",
                "client": "Liberecký kraj",
                "plan": [
                    (-60, "Tech call: grip & electric"),
                    (0, "Crew call, breakfast on set"),
                    (90, "First shot"),
                    (330, "Lunch"),
                    (570, "Wrap"),
                ],
                "crew": [
                    ("Director", "Ondřej Král", "+420 602 555 111", 0),
                    ("DoP", "Marek Dvořák", "+420 602 555 133", 0),
                    ("Gaffer", "Pavel Černý", "+420 602 555 155", -60),
                    ("Stylist", "Klára Veselá", "+420 602 555 177", 30),
                ],
                "footer": "Nisa Film s.r.o.  ·  Ještěd Winter  ·  Call sheet",
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets ----------------------------------


def _post_delivery() -> bytes:
    """A TV drama block's post-production delivery plan: milestones with dates and times."""
    c = Canvas("A4", "helvetica")
    W = c.width
    x0 = 40.0
    right = W - x0
    c.text(x0, 46, "RED CLIFFS  -  POST-PRODUCTION DELIVERY PLAN", 13, bold=True)
    c.text(x0, 60, "Sunraysia Screen Pty Ltd  ·  Block 1 (Eps 101-102)  ·  v3, 9 Oct 2026", 8.5)
    c.hline(x0, right, 68, 0.8)
    y = 88.0
    for lab, val in [
        ("Post supervisor:", "Kim Doolan  ·  0400 555 018"),
        ("Picture post:", "Langtree Post, 84 Langtree Avenue, Mildura VIC 3500"),
        ("Sound post:", "Remote (Melbourne), sessions via Source-Connect"),
        ("Broadcaster:", "Deliveries to the network's QC portal by 5:00pm AEDT"),
    ]:
        c.text(x0, y, lab, 9, bold=True)
        c.text(x0 + 100, y, val, 9)
        y += 13
    y += 12
    y = _table(
        c,
        x0,
        y,
        ["MILESTONE", "EP", "DATE", "TIME", "WHERE", "WHO"],
        [0, 150, 185, 265, 315, 430],
        [
            ("Director's cut", "101", "Wed 14 Oct 2026", "10:00am", "Suite 1", "Dir / Ed"),
            ("Producer's cut", "101", "Wed 21 Oct 2026", "10:00am", "Suite 1", "Prod"),
            ("Network viewing", "101", "Tue 27 Oct 2026", "2:00pm", "Remote", "Network"),
            ("PICTURE LOCK", "101", "Fri 30 Oct 2026", "5:00pm", "Suite 1", "All"),
            ("Online & grade", "101", "Mon 2 Nov 2026", "9:00am", "Grade suite", "Colourist"),
            ("Final mix", "101", "Thu 5 Nov 2026", "9:30am", "Remote", "Mixer"),
            ("QC & delivery", "101", "Wed 11 Nov 2026", "5:00pm", "QC portal", "Post sup"),
        ],
        right,
        size=8,
        lead=13,
    )
    y += 10
    _para(
        c,
        x0,
        y,
        "No shoot days in this plan: principal photography wraps Fri 23 Oct. Any pick-ups will "
        "get their own call sheet. Lock dates are fixed by the broadcaster; changes after "
        "picture lock need the post supervisor's sign-off.",
        8.5,
        right - x0,
        11,
    )
    return c.output()


def _wedding_timeline() -> bytes:
    """A wedding planner's day-of timeline: bridal party call, photographer, ceremony."""
    c = Canvas("letter", "times")
    W = c.width
    x0 = 72.0
    right = W - x0
    centre(c, 70, "Madison & Tyler", 20)
    centre(c, 92, "Wedding Day Timeline  ·  Saturday, October 17, 2026", 12, bold=False)
    centre(c, 110, "Covey Center for the Arts, 425 W Center St, Provo, UT 84601", 10, bold=False)
    c.hline(x0, right, 120, 0.6)
    y = 146.0
    for tm, what in [
        ("9:00 AM", "Hair & makeup team arrives (bridal suite, 2nd floor)"),
        ("10:00 AM", "Bridal party call - all bridesmaids in the suite, hair & makeup ready"),
        ("12:30 PM", "Photographer and videographer arrive; detail shots"),
        ("1:30 PM", "First look on the terrace"),
        ("2:15 PM", "Wedding party photos"),
        ("3:30 PM", "Guests arrive, ushers seat families"),
        ("4:00 PM", "Ceremony in the Grand Hall"),
        ("4:45 PM", "Family photos"),
        ("5:30 PM", "Reception dinner, toasts"),
        ("7:00 PM", "First dance, cake"),
        ("9:30 PM", "Sparkler exit"),
    ]:
        c.text(x0, y, tm, 11, bold=True)
        c.text(x0 + 80, y, what, 11)
        y += 17
    y += 12
    for ln in [
        "Coordinator: Brooke Allen  ·  (801) 555-0148",
        "Parking: Covey Center west lot, 500 W Center St - vendors load in at the north door.",
        "Photographer: Lumen & Lace Photography  ·  Florist: Timpanogos Blooms",
    ]:
        y = _para(c, x0, y, ln, 10, right - x0, 13)
    return c.output()


def _scout_invoice() -> bytes:
    """A freelance location scout's invoice: scout days with dates, places, mileage, total."""
    c = Canvas("A4", "sans")
    W = c.width
    x0 = 50.0
    right = W - x0
    c.text(x0, 52, "Erlend Rousay - Location Scouting", 13, bold=True)
    c.text(x0, 65, "7 Victoria Street, Kirkwall KW15 1DN  ·  07700 900377", 8.5)
    c.right(right, 52, "INVOICE", 16, bold=True)
    c.right(right, 66, "No. ER-2026-031  ·  Date: 16/10/2026", 8.5)
    c.hline(x0, right, 74, 0.8)
    y = 96.0
    for lab, val in [
        ("Bill to:", "Scapa Flow Films, 14 Broad Street, Kirkwall KW15 1DH"),
        ("Project:", '"Hoy Light" (feature) - recce and scouting'),
        ("Payment terms:", "14 days"),
    ]:
        c.text(x0, y, lab, 9.5, bold=True)
        c.text(x0 + 100, y, val, 9.5)
        y += 14
    y += 10
    y = _table(
        c,
        x0,
        y,
        ["DATE", "DESCRIPTION", "QTY", "RATE £", "AMOUNT £"],
        [0, 70, 330, 370, 430],
        [
            ("05/10/2026", "Scout day: Pickaquoy Centre, Muddisdale Road", "1", "300.00", "300.00"),
            ("06/10/2026", "Scout day: Stromness harbour and Hoy ferry", "1", "300.00", "300.00"),
            (
                "08/10/2026",
                "Tech recce with HoDs (call 0900 at the Pickaquoy)",
                "0.5",
                "300.00",
                "150.00",
            ),
            ("05-08/10", "Mileage (own vehicle)", "212 mi", "0.45", "95.40"),
            ("06/10/2026", "Ferry, Houton - Lyness return", "1", "38.60", "38.60"),
            ("", "Photo sets and location packs (4 sites)", "4", "40.00", "160.00"),
        ],
        right,
        size=8.5,
        lead=13,
    )
    y += 8
    for lab, val in [
        ("Subtotal", "1,044.00"),
        ("VAT", "not registered"),
        ("TOTAL DUE", "£1,044.00"),
    ]:
        c.text(x0 + 330, y, lab, 9.5, bold=lab == "TOTAL DUE")
        c.right(right, y, val, 9.5, bold=lab == "TOTAL DUE")
        y += 14
    y += 14
    _para(
        c,
        x0,
        y,
        "Please pay by bank transfer: E. Rousay, sort code 00-00-00, account 00000000, "
        "reference ER-2026-031. Thank you!",
        8.5,
        right - x0,
        11,
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_post_delivery",
            "near_miss",
            "post-production delivery plan: milestones (cuts, picture lock, grade, mix, QC) with "
            "dates, times and rooms; no shoot day",
            _post_delivery,
            OTHER,
        ),
        _sheet(
            "near_miss_wedding_timeline",
            "near_miss",
            "wedding-day timeline: 'Bridal party call 10:00 AM', photographer, ceremony, venue "
            "address and parking",
            _wedding_timeline,
            OTHER,
        ),
        _sheet(
            "near_miss_scout_invoice",
            "near_miss",
            "location scout invoice: scout days with dates and places, mileage, ferry, total due",
            _scout_invoice,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_anz_sheets(),
        *_dpp_sheets(),
        *_indie_sheets(),
        *_mv_sheets(),
        *_student_sheets(),
        *_twocol_sheets(),
        *_other_sheets(),
    ]
