"""Twenty-third held-out set: call sheets as they reach a crew inbox and printer (`fresh22_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets: each
family follows an everyday way a call sheet arrives (CONVENTIONS.md, "fresh22"). A call sheet
pasted into an e-mail body and printed from Gmail (print header, subject heading, From / To /
Date of the e-mail, then the day's facts as plain lines), the same forwarded and printed from
Outlook (memo header and a "Forwarded message" block), a Microsoft Word call sheet from a US or
UK indie (a two-column table, bold labels left), a Movie Magic / EP-style one-page export from a
German or Austrian production in German and English, an Italian "ordine del giorno" and a
Portuguese / Brazilian "ordem do dia". Three near misses (a crew deal memo, a location
agreement, a certificate of insurance) must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. The e-mail's own send date always differs from the shooting date.
Deliberately hard cases are marked `HARD:` where they are built (at most one a family); most
sheets are ordinary.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey, measure
from tests.corpus.formats import add_minutes
from tests.corpus.fresh_common import (
    clock,
    date_or,
    expect,
    fill,
    head_table,
    paragraph,
    sheet_maker,
    time_or,
    wrap,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # Gmail print (US, UK): Reno, Tacoma, Winchester
    "reno": _p(
        "us",
        "Nevada Museum of Art",
        "160 W Liberty St",
        "Reno, NV 89501",
        39.5230,
        -119.8130,
        "America/Los_Angeles",
        "Renown Regional Medical Center",
        "1155 Mill St",
        "Reno, NV 89502",
        "(775) 982-4100",
        "50 S Virginia St",
        "Reno, NV 89501",
    ),
    "tacoma": _p(
        "us",
        "Tacoma Art Museum",
        "1701 Pacific Ave",
        "Tacoma, WA 98402",
        47.2480,
        -122.4360,
        "America/Los_Angeles",
        "Tacoma General Hospital",
        "315 Martin Luther King Jr Way",
        "Tacoma, WA 98405",
        "(253) 403-1000",
        "1717 Dock St",
        "Tacoma, WA 98402",
    ),
    "winchester": _p(
        "uk",
        "Winchester Cathedral",
        "9 The Close",
        "Winchester SO23 9LS",
        51.0606,
        -1.3131,
        "Europe/London",
        "Royal Hampshire County Hospital",
        "Romsey Rd",
        "Winchester SO22 5DG",
        "01962 863535",
        "Chesil St car park",
        "Winchester SO23 0HU",
    ),
    # Outlook forward (US, UK): Akron, Gloucester, Aberdeen
    "akron": _p(
        "us",
        "Stan Hywet Hall & Gardens",
        "714 N Portage Path",
        "Akron, OH 44303",
        41.1180,
        -81.5490,
        "America/New_York",
        "Summa Health Akron City Hospital",
        "525 E Market St",
        "Akron, OH 44304",
        "(330) 375-3000",
        "1000 N Portage Path",
        "Akron, OH 44313",
    ),
    "gloucester": _p(
        "uk",
        "Gloucester Cathedral",
        "12 College Green",
        "Gloucester GL1 2LX",
        51.8675,
        -2.2470,
        "Europe/London",
        "Gloucestershire Royal Hospital",
        "Great Western Rd",
        "Gloucester GL1 3NN",
        "0300 422 2222",
        "Gloucester Quays car park, Merchants Rd",
        "Gloucester GL2 5RG",
    ),
    "aberdeen": _p(
        "uk",
        "Aberdeen Art Gallery",
        "Schoolhill",
        "Aberdeen AB10 1FQ",
        57.1480,
        -2.1030,
        "Europe/London",
        "Aberdeen Royal Infirmary",
        "Foresterhill Rd",
        "Aberdeen AB25 2ZN",
        "0345 456 6000",
        "Denburn car park, Denburn Rd",
        "Aberdeen AB25 1BY",
    ),
    # Word call sheet (US, UK indies): Albuquerque, El Paso, Truro
    "albuquerque": _p(
        "us",
        "KiMo Theatre",
        "423 Central Ave NW",
        "Albuquerque, NM 87102",
        35.0850,
        -106.6520,
        "America/Denver",
        "University of New Mexico Hospital",
        "2211 Lomas Blvd NE",
        "Albuquerque, NM 87106",
        "(505) 272-2111",
        "201 3rd St NW",
        "Albuquerque, NM 87102",
    ),
    "elpaso": _p(
        "us",
        "Plaza Theatre",
        "125 W Mills Ave",
        "El Paso, TX 79901",
        31.7590,
        -106.4890,
        "America/Denver",
        "University Medical Center of El Paso",
        "4815 Alameda Ave",
        "El Paso, TX 79905",
        "(915) 544-1200",
        "300 N Kansas St",
        "El Paso, TX 79901",
    ),
    "truro": _p(
        "uk",
        "Truro Cathedral",
        "14 St Mary's St",
        "Truro TR1 2AF",
        50.2640,
        -5.0510,
        "Europe/London",
        "Royal Cornwall Hospital",
        "Treliske",
        "Truro TR1 3LJ",
        "01872 250000",
        "Moorfield car park, Moorfield Rd",
        "Truro TR1 2JJ",
    ),
    # Movie Magic / EP-style export (Austria, Germany): Graz, Salzburg, Freiburg
    "graz": _p(
        "eu",
        "Schloss Eggenberg",
        "Eggenberger Allee 90",
        "8020 Graz",
        47.0737,
        15.3910,
        "Europe/Vienna",
        "LKH-Univ. Klinikum Graz",
        "Auenbruggerplatz 1",
        "8036 Graz",
        "+43 316 385-0",
        "Baiernstraße 3",
        "8020 Graz",
    ),
    "salzburg": _p(
        "eu",
        "Schloss Hellbrunn",
        "Fürstenweg 37",
        "5020 Salzburg",
        47.7620,
        13.0610,
        "Europe/Vienna",
        "Uniklinikum Salzburg - Landeskrankenhaus",
        "Müllner Hauptstraße 48",
        "5020 Salzburg",
        "+43 5 7255-0",
        "Parkplatz Hellbrunn, Morzger Straße",
        "5020 Salzburg",
    ),
    "freiburg": _p(
        "eu",
        "Freiburger Münster",
        "Münsterplatz 1",
        "79098 Freiburg im Breisgau",
        47.9955,
        7.8530,
        "Europe/Berlin",
        "Universitätsklinikum Freiburg",
        "Hugstetter Straße 55",
        "79106 Freiburg im Breisgau",
        "0761 270-0",
        "Parkhaus Schlossberg, Schlossbergring",
        "79098 Freiburg im Breisgau",
    ),
    # Italian ordine del giorno: Bologna, Parma, Lecce
    "bologna": _p(
        "it",
        "Archiginnasio di Bologna",
        "Piazza Galvani 1",
        "40124 Bologna BO",
        44.4925,
        11.3430,
        "Europe/Rome",
        "Ospedale Maggiore",
        "Largo Bartolo Nigrisoli 2",
        "40133 Bologna BO",
        "051 647 8111",
        "Piazza VIII Agosto",
        "40126 Bologna BO",
    ),
    "parma": _p(
        "it",
        "Teatro Regio di Parma",
        "Strada Giuseppe Garibaldi 16/A",
        "43121 Parma PR",
        44.8040,
        10.3270,
        "Europe/Rome",
        "Ospedale Maggiore di Parma",
        "Via Antonio Gramsci 14",
        "43126 Parma PR",
        "0521 702111",
        "Parcheggio Toschi, Viale Paolo Toschi",
        "43121 Parma PR",
    ),
    "lecce": _p(
        "it",
        "Basilica di Santa Croce",
        "Via Umberto I 1",
        "73100 Lecce LE",
        40.3540,
        18.1720,
        "Europe/Rome",
        "Ospedale Vito Fazzi",
        "Piazza Filippo Muratore 1",
        "73100 Lecce LE",
        "0832 661111",
        "Parcheggio Carlo Pranzo, Via Giuseppe Libertini",
        "73100 Lecce LE",
    ),
    # Portuguese / Brazilian ordem do dia: Porto, Curitiba, Belo Horizonte
    "porto": _p(
        "pt",
        "Palácio da Bolsa",
        "Rua de Ferreira Borges",
        "4050-253 Porto",
        41.1415,
        -8.6155,
        "Europe/Lisbon",
        "Hospital de Santo António",
        "Largo Prof. Abel Salazar",
        "4099-001 Porto",
        "222 077 500",
        "Parque da Alfândega, Rua Nova da Alfândega",
        "4050-430 Porto",
    ),
    "curitiba": _p(
        "br",
        "Museu Oscar Niemeyer",
        "Rua Marechal Hermes, 999",
        "Centro Cívico, Curitiba - PR, 80530-230",
        -25.4100,
        -49.2670,
        "America/Sao_Paulo",
        "Hospital do Trabalhador",
        "Av. República Argentina, 4406",
        "Novo Mundo, Curitiba - PR, 81050-000",
        "(41) 3212-5700",
        "Rua Mateus Leme, 1100",
        "Centro Cívico, Curitiba - PR, 80530-010",
    ),
    "bh": _p(
        "br",
        "Palácio das Artes",
        "Av. Afonso Pena, 1537",
        "Centro, Belo Horizonte - MG, 30130-004",
        -19.9250,
        -43.9330,
        "America/Sao_Paulo",
        "Hospital João XXIII",
        "Av. Professor Alfredo Balena, 400",
        "Santa Efigênia, Belo Horizonte - MG, 30130-100",
        "(31) 3239-9200",
        "Rua da Bahia, 1400",
        "Lourdes, Belo Horizonte - MG, 30160-011",
    ),
}

DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
IT_WD = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_MON = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
]
PT_WD = [
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "sábado",
    "domingo",
]
PT_MON = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "uhr": f"{h:02d}:{m:02d} Uhr",  # German "07:00 Uhr"
        "it_dot": f"{h}.{m:02d}",  # Italian "7.30"
        "br": f"{h:02d}h{m:02d}",  # Brazilian "07h00"
        "br_short": f"{h}h{m:02d}" if m else f"{h}h",  # "7h", "7h30"
        "uk_dot": f"{h12}.{m:02d}{ap.lower()}",  # British "7.30am"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    wd = d.weekday()
    forms = {
        "de_short": f"{DE_WD[wd][:2]}., {d:%d.%m.%Y}",  # "Mi., 14.10.2026"
        "de_long": f"{DE_WD[wd]}, {d.day}. {DE_MON[d.month - 1]} {d.year}",
        "it_long": f"{IT_WD[wd]} {d.day} {IT_MON[d.month - 1]} {d.year}",  # "giovedì 8 ottobre"
        "it_num": f"{IT_WD[wd][:3]} {d:%d/%m/%Y}",  # "gio 08/10/2026"
        "pt_long": f"{PT_WD[wd]}, {d.day} de {PT_MON[d.month - 1]} de {d.year}",
        "pt_num": f"{PT_WD[wd][:3]}., {d:%d/%m/%Y}",  # "qui., 08/10/2026"
        "abbr": f"{d:%a}, {d:%b} {d.day}, {d.year}",  # "Tue, Oct 6, 2026"
    }
    return date_or(forms, d, style)


def sent_text(d: D, at: str, style: str) -> str:
    """An e-mail client's date and time of sending ("Tue, Oct 6, 2026 at 6:42 PM")."""
    _h, m, h12, ap = clock(at)
    if style == "gmail":
        return f"{d:%a}, {d:%b} {d.day}, {d.year} at {h12}:{m:02d} {ap}"
    if style == "outlook":  # "Tuesday, October 6, 2026 5:48 PM"
        return f"{d:%A}, {d:%B} {d.day}, {d.year} {h12}:{m:02d} {ap}"
    return f"{d:%a}, {d.day} {d:%b} {d.year} at {at}"  # a UK account: "Tue, 6 Oct 2026 at 17:48"


_sheet = sheet_maker("fresh22")


# --- A call sheet pasted into an e-mail and printed from Gmail ---------------------------------


def _gm(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]
    sent_day = day - dt.timedelta(days=g.get("sent_before", 1))

    def make() -> bytes:
        c = Canvas(g["page"], "helvetica")
        W = c.width
        x0 = 40.0
        right = W - x0
        subject = g["subject"]
        # the browser's print header: local time of printing, then the page title
        grey(c, 60)
        c.text(24, 20, g["printed"], 7)
        fit(c, 190, 20, f"Gmail - {subject}", 7, W - 220)
        black(c)
        grey(c, 90)
        c.text(x0, 52, "Gmail", 17, bold=True)
        black(c)
        c.right(right, 50, g["account"], 9)
        c.hline(x0, right, 60, 0.6)
        y = paragraph(c, x0, 84, subject, 13, right - x0, 16, bold=True)
        grey(c, 90)
        c.text(x0, y - 2, "1 message", 8)
        black(c)
        c.hline(x0, right, y + 4, 0.4)
        y += 22
        for lab, val in [
            ("From:", g["from"]),
            ("To:", g["to"]),
            ("Date:", sent_text(sent_day, g["sent_at"], g.get("sent_style", "gmail"))),
        ]:
            w = c.text(x0, y, lab, 9, bold=True)
            c.text(x0 + w + 4, y, val, 9)
            y += 12
        y += 14
        size, lead = 10.0, 13.0
        width = right - x0
        facts = [
            f"{title.upper()} - {g['day_of']}",
            f"{g['date_label']} {day_text(day, g['date_style'])}",
            f"{g['call_label']} {hm(call, t)}",
            *[f"{lab} {hm(add_minutes(call, o), t)}" for lab, o in g["times"]],
            "",
            f"Location: {p.name}, {p.address}",
            f"Set: {g['set']}",
            f"Parking / base: {p.base}",
            "",
        ]
        hosp = [
            f"Nearest hospital: {p.hospital}, {p.hospital_address}, {p.hospital_phone}",
            f"Sunrise {hm(rise, t)} / Sunset {hm(fall, t)}. {g['weather']}",
            "",
        ]
        sched = ["Schedule:", *g["scenes"], ""]
        body = [*g["intro"], "", *facts]
        body += [*sched, *hosp] if g.get("hosp_last") else [*hosp, *sched]
        body += g["sig"]
        for line in body:
            if not line:
                y += lead * 0.6
                continue
            y = paragraph(c, x0, y, line, size, width, lead)
        grey(c, 60)
        c.text(24, c.pdf.h - 18, g["url"], 6.5)
        c.right(W - 24, c.pdf.h - 18, "1/1", 7)
        black(c)
        return c.output()

    return _sheet(
        f"gm_{key}",
        "gmail_print",
        "call sheet pasted into an e-mail body, printed to PDF from Gmail",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _gm_sheets() -> list[Sheet]:
    return [
        _gm(
            "reno",
            "High Desert Hymn",
            D(2026, 10, 7),
            "07:00",
            {
                "page": "letter",
                "time": "us",
                "printed": "10/6/26, 9:14 PM",
                "subject": "HIGH DESERT HYMN - Call Sheet Day 4 - Wed 10/7",
                "account": "Jesse Paredes <jesse.paredes.grip@gmail.com>",
                "from": "Maya Lindgren <maya@sagebrushpictures.com>",
                "to": "hdh-crew@sagebrushpictures.com",
                "sent_at": "18:42",
                "intro": [
                    "Hi all,",
                    "Here's tomorrow's call sheet, pasted below since the PDF bounced for a few "
                    "of you. Please reply-all only if something is wrong.",
                ],
                "day_of": "Day 4 of 15",
                "date_label": "Date:",
                "date_style": "us_long",
                "call_label": "Crew call:",
                "times": [("Breakfast:", -30), ("Shooting call:", 60), ("Lunch:", 360)],
                "set": "Sky Room, 4th floor, and the roof terrace",
                "weather": "Sunny, 74°/45°, wind 10 mph.",
                "scenes": [
                    "8:00 AM  Sc. 22  INT. SKY ROOM - the donor dinner  D  2 3/8 pgs",
                    "11:30 AM  Sc. 24  EXT. ROOF TERRACE - Ruth calls home  D  1 pg",
                    "2:30 PM  Sc. 31  INT. GALLERY - the sculpture  D  1 4/8 pgs",
                ],
                "sig": ["Thanks!", "Maya Lindgren", "2nd AD, High Desert Hymn", "(775) 555-0193"],
                "url": "https://mail.google.com/mail/u/0/?ik=7f3a2c9e1b&view=pt&search=all"
                "&permmsgid=msg-f:1845200937718263",
            },
        ),
        _gm(
            "tacoma",
            "Sound & Salt",
            D(2026, 10, 12),
            "08:00",
            {
                "page": "letter",
                "time": "us_lower",
                "printed": "10/10/26, 8:02 AM",
                "subject": "Call sheet for Monday - SOUND & SALT",
                "account": "Priya Natarajan <priyanatarajan.sound@gmail.com>",
                "from": "Owen Kessler <owen.kessler.ad@gmail.com>",
                "to": "Sound & Salt crew",
                # HARD: sent on the Friday before; the e-mail's "Date:" line and the body's
                # "Date:" line are two dates, the body's is the shooting day (Monday)
                "sent_before": 3,
                "sent_at": "16:52",
                "intro": [
                    "Hey team - Monday's call sheet is below so you have it over the weekend.",
                    "No changes from the draft except the lunch time.",
                ],
                "day_of": "Day 6 of 10",
                "date_label": "Date:",
                "date_style": "us_short",
                "call_label": "General crew call:",
                "times": [("Lunch:", 330), ("Est. wrap:", 660)],
                "set": "Lobby, Haub galleries and the Pacific Ave steps",
                "weather": "Showers, 58°/47°.",
                "scenes": [
                    "8:45am  Sc. 40  INT. MUSEUM LOBBY - Nora waits  D",
                    "11:00am  Sc. 41  INT. GALLERY - the western paintings  D",
                    "2:30pm  Sc. 44  EXT. PACIFIC AVE STEPS - rain  D",
                ],
                "hosp_last": True,
                "sig": ["Owen", "1st AD", "253-555-0177"],
                "url": "https://mail.google.com/mail/u/0/?ik=51c0de77aa&view=pt&search=all"
                "&permthid=thread-f:1845412284412990",
            },
        ),
        _gm(
            "winchester",
            "The Close",
            D(2026, 9, 16),
            "07:30",
            {
                "page": "A4",
                "time": "h24",
                "printed": "15/09/2026, 21:37",
                "subject": "THE CLOSE - call sheet - Wednesday 16th September",
                "account": "Hattie Brennan <hattiebrennan.mua@gmail.com>",
                "from": "Tom Ashworth <tom@kingsgatefilms.co.uk>",
                "to": "cast-and-crew@kingsgatefilms.co.uk",
                "sent_style": "uk",
                "sent_at": "19:05",
                "intro": [
                    "Evening all,",
                    "Call sheet for tomorrow below. Unit base is NOT at the cathedral, please "
                    "read the parking line.",
                ],
                "day_of": "Day 9 of 20",
                "date_label": "Shoot date:",
                "date_style": "uk_long",
                "call_label": "Unit call:",
                "times": [("Breakfast from", -45), ("Turnover", 75), ("Lunch", 330)],
                "set": "Nave, retrochoir and the Inner Close",
                "weather": "Bright spells, 18°C.",
                "scenes": [
                    "Sc 12  INT. NAVE - the choir rehearsal  D  2 pgs",
                    "Sc 15  EXT. INNER CLOSE - Anne and the dean  D  1 2/8 pgs",
                ],
                "sig": ["Best,", "Tom Ashworth", "Production Coordinator, Kingsgate Films"],
                "url": "https://mail.google.com/mail/u/0/?ik=90ab12cd34&view=pt&search=all"
                "&permmsgid=msg-f:1843950021173558",
            },
        ),
    ]


# --- The same forwarded and printed from Outlook ------------------------------------------------


def _ol(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]
    fwd_day = day - dt.timedelta(days=1)
    orig_day = day - dt.timedelta(days=g.get("orig_before", 1))

    def make() -> bytes:
        c = Canvas(g["page"], "sans")
        W = c.width
        x0 = 48.0
        right = W - x0
        width = right - x0
        c.text(x0, 60, g["holder"], 13, bold=True)
        c.hline(x0, right, 68, 2.5)
        y = 88.0
        head = [
            ("From:", g["fwd_from"]),
            ("Sent:", sent_text(fwd_day, g["fwd_at"], "outlook")),
            ("To:", g["fwd_to"]),
            ("Subject:", f"FW: {g['subject']}"),
        ]
        for lab, val in head:
            c.text(x0, y, lab, 9, bold=True)
            fit(c, x0 + 72, y, val, 9, width - 72)
            y += 13
        y += 14
        size, lead = 9.5, 12.5
        for line in g["note"]:
            y = paragraph(c, x0, y, line, size, width, lead) if line else y + 7
        y += 10
        c.text(x0, y, "---------- Forwarded message ---------", size)
        y += lead
        for lab, val in [
            ("From:", g["orig_from"]),
            ("Date:", sent_text(orig_day, g["orig_at"], g.get("orig_style", "gmail"))),
            ("Subject:", g["subject"]),
            ("To:", g["orig_to"]),
        ]:
            w = c.text(x0, y, lab, size)
            c.text(x0 + w + 3, y, val, size)
            y += lead
        y += 12
        body = [
            (None, f"{title.upper()}  -  CALL SHEET  -  {g['day_of']}"),
            ("DATE:", day_text(day, g["date_style"])),
            (g["call_label"], hm(call, t)),
            *[(lab, hm(add_minutes(call, o), t)) for lab, o in g["times"]],
            ("SUNRISE / SUNSET:", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("WEATHER:", g["weather"]),
            ("", ""),
            ("LOCATION:", f"{p.name}, {p.address}"),
            ("SET:", g["set"]),
            ("UNIT BASE / PARKING:", p.base),
            ("NEAREST HOSPITAL:", f"{p.hospital}, {p.hospital_address}. Tel {p.hospital_phone}"),
            ("", ""),
        ]
        for lab, val in body:
            if lab == "" and val == "":
                y += 7
                continue
            if lab is None:
                c.text(x0, y, val, 10.5, bold=True)
                y += lead + 3
                continue
            w = c.text(x0, y, lab, size, bold=True)
            y = paragraph(c, x0 + w + 4, y, val, size, width - w - 4, lead)
        c.text(x0, y, "SCENES", size, bold=True)
        y += lead
        for line in g["scenes"]:
            y = paragraph(c, x0, y, line, size, width, lead)
        y += 8
        for line in g["sig"]:
            c.text(x0, y, line, size)
            y += lead
        return c.output()

    return _sheet(
        f"ol_{key}",
        "outlook_forward",
        "call sheet e-mail forwarded and printed from Outlook (memo header, forwarded block)",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ol_sheets() -> list[Sheet]:
    return [
        _ol(
            "akron",
            "Rubber City Nocturne",
            D(2026, 6, 11),
            "07:00",
            {
                "page": "letter",
                "time": "us",
                "holder": "Derek Vance",
                "fwd_from": "Lena Marsh <lena.marsh@cuyahogafilmworks.com>",
                "fwd_at": "20:11",
                "fwd_to": "Derek Vance; Camera Dept",
                "subject": "RUBBER CITY NOCTURNE Call Sheet Day 2 (Thu 6/11)",
                # HARD: the forwarding note gives the camera department's earlier call; the
                # crew call is the one in the forwarded sheet (7:00 AM)
                "note": [
                    "Derek,",
                    "Forwarding tonight's call sheet. Camera dept call is 6:15 AM at the truck "
                    "for the dolly build; everyone else is on the crew call below.",
                    "",
                    "Lena",
                ],
                "orig_from": "Rubber City Production <office@cuyahogafilmworks.com>",
                "orig_at": "18:30",
                "orig_to": "all-crew@cuyahogafilmworks.com",
                "day_of": "Day 2 of 12",
                "date_style": "us_long",
                "call_label": "CREW CALL:",
                "times": [("SHOOTING CALL:", 60), ("LUNCH:", 360), ("EST. WRAP:", 690)],
                "weather": "Partly cloudy, 81°/62°",
                "set": "Manor House great hall and the English garden",
                "scenes": [
                    "Sc. 6  INT. GREAT HALL - the reading of the will  D  3 pgs  1, 2, 4",
                    "Sc. 9  EXT. ENGLISH GARDEN - Iris alone  D  7/8 pg  2",
                ],
                "sig": ["Production Office", "Cuyahoga Filmworks · (330) 555-0121"],
            },
        ),
        _ol(
            "gloucester",
            "Severn Bore",
            D(2026, 3, 18),
            "08:00",
            {
                "page": "A4",
                "time": "h24",
                "holder": "Ffion Price",
                "fwd_from": "Sam Whitlock <sam@forestdeanpictures.co.uk>",
                "fwd_at": "17:48",
                "fwd_to": "Ffion Price",
                "subject": "Severn Bore - Call Sheet #7",
                "note": [
                    "Hi Ffion,",
                    "Welcome aboard! Here's tomorrow's call sheet from the office. Come to the "
                    "unit base first and ask for me.",
                    "",
                    "Sam (3rd AD)",
                ],
                "orig_from": "Forest Dean Pictures Office <office@forestdeanpictures.co.uk>",
                "orig_style": "uk",
                "orig_at": "16:20",
                "orig_to": "Severn Bore crew list",
                "day_of": "Day 7 of 24",
                "date_style": "uk_plain",
                "call_label": "UNIT CALL:",
                "times": [("BREAKFAST:", -30), ("LUNCH:", 300), ("WRAP:", 600)],
                "weather": "Cloudy, showers later, 11°C",
                "set": "Cloisters and the Chapter House",
                "scenes": [
                    "Sc 21  INT. CLOISTERS - the boy runs  D  1 pg",
                    "Sc 23  INT. CHAPTER HOUSE - the inquest  D  2 5/8 pgs",
                ],
                "sig": ["Kind regards,", "Production Office"],
            },
        ),
        _ol(
            "aberdeen",
            "Granite Coast",
            D(2026, 11, 4),
            "08:30",
            {
                "page": "A4",
                "time": "uk_dot",
                "holder": "Callum Reid",
                "fwd_from": "Isla Fraser <isla@northlightmedia.scot>",
                "fwd_at": "21:02",
                "fwd_to": "Callum Reid; Aileen Gordon",
                "subject": "GRANITE COAST commercial - call sheet",
                "orig_before": 2,
                "note": [
                    "Both - see below, this is still current for tomorrow. Cold day, dress warm.",
                ],
                "orig_from": "Isla Fraser <isla@northlightmedia.scot>",
                "orig_style": "uk",
                "orig_at": "15:35",
                "orig_to": "Granite Coast crew",
                "day_of": "Day 1 of 2",
                "date_style": "uk_short",
                "call_label": "CALL TIME:",
                "times": [("FIRST SHOT:", 60), ("LUNCH:", 240), ("WRAP:", 540)],
                "weather": "Cold, bright, 6°C",
                "set": "Remembrance Hall and the gallery shop",
                "scenes": [
                    "Shot 1-6  INT. REMEMBRANCE HALL - couple under the dome",
                    "Shot 7-10  INT. GALLERY SHOP - product close-ups",
                ],
                "sig": ["Isla", "Northlight Media · 01224 555 318"],
            },
        ),
    ]


# --- A Microsoft Word call sheet: a two-column table, bold labels left --------------------------


def _wd(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas(g["page"], g["font"])
        W = c.width
        x0 = 54.0
        right = W - x0
        lw = 150.0
        vw = right - x0 - lw
        grey(c, 80)
        centre(c, 48, g["company"], 9, bold=False)
        black(c)
        centre(c, 70, "CALL SHEET", 16)
        centre(c, 88, title, 12)
        rows: list[tuple[str, list[str]]] = [
            ("Production", [title]),
            ("Date", [day_text(day, g["date_style"])]),
            ("Shoot Day", [g["day_of"]]),
            (g["call_label"], [hm(call, t)]),
            *[(lab, [hm(add_minutes(call, o), t)]) for lab, o in g["times"]],
            ("Location", g.get("loc_lines", [p.name, p.street, p.city])),
            ("Set", [g["set"]]),
            ("Parking", [p.base]),
        ]
        sun = [("Sunrise / Sunset", [f"{hm(rise, t)} / {hm(fall, t)}"])]
        if g.get("sun_split"):
            sun = [("Sunrise", [hm(rise, t)]), ("Sunset", [hm(fall, t)])]
        hosp = (
            "Nearest Hospital",
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
        )
        rows += [*sun, ("Weather", [g["weather"]])]
        if not g.get("hosp_foot"):
            rows.append(hosp)
        rows += [("Director", [g["director"]]), ("1st AD", [g["ad"]])]
        y = 104.0
        size, lead = 9.5, 12.0
        for lab, vals in rows:
            lines = [ln for v in vals for ln in wrap(c, v, size, vw - 10)]
            h = 6 + lead * len(lines)
            c.box(x0, y, lw, h, 0.5)
            c.box(x0 + lw, y, vw, h, 0.5)
            c.text(x0 + 5, y + 4 + size, lab, size, bold=True)
            for k, ln in enumerate(lines):
                c.text(x0 + lw + 5, y + 4 + size + lead * k, ln, size)
            y += h
        y += 24
        c.text(x0, y, "SCHEDULE", 10.5, bold=True)
        y = head_table(
            c,
            x0,
            y + 16,
            ["Time", "Sc.", "Description", "D/N", "Pgs"],
            [0, 60, 95, 380, 420],
            g["scenes"],
            right,
            size=8.5,
        )
        c.text(x0, y + 8, "CAST", 10.5, bold=True)
        y = head_table(
            c,
            x0,
            y + 24,
            ["Cast", "Character", "Pick-up", "H/MU", "On set"],
            [0, 130, 260, 330, 400],
            [
                (
                    a,
                    r,
                    hm(add_minutes(call, o - 30), t),
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 60), t),
                )
                for a, r, o in g["cast"]
            ],
            right,
            size=8.5,
        )
        if g.get("hosp_foot"):
            y += 14
            text = (
                f"IN AN EMERGENCY: nearest hospital with A&E is {p.hospital}, "
                f"{p.hospital_address}, {p.hospital_phone}. Dial 999."
            )
            paragraph(c, x0, y, text, 9.5, right - x0, 12, bold=True)
        return c.output()

    return _sheet(
        f"wd_{key}",
        "word_table",
        "Microsoft Word call sheet: two-column table, bold labels left, values right",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _wd_sheets() -> list[Sheet]:
    return [
        _wd(
            "albuquerque",
            "Turquoise Trail",
            D(2026, 5, 20),
            "06:30",
            {
                "page": "letter",
                "font": "times",
                "time": "us",
                "company": "Sandia Crest Films LLC · 505-555-0142",
                "date_style": "us_long",
                "day_of": "3 of 9",
                "call_label": "Crew Call",
                "times": [("Breakfast", -30), ("Shooting Call", 60), ("Lunch", 360)],
                "set": "Auditorium, balcony and the Central Ave box office",
                "weather": "Sunny, high 84°F, low 55°F",
                "director": "Rosa Tafoya",
                "ad": "Ben Yazzie · 505-555-0188",
                "scenes": [
                    ("7:30 AM", "14", "INT. AUDITORIUM - the talent show", "D", "2 4/8"),
                    ("11:00 AM", "15", "INT. BALCONY - Luz watches", "D", "6/8"),
                    ("2:00 PM", "18", "EXT. BOX OFFICE - closing night", "N", "1 2/8"),
                ],
                "cast": [("Alma Quintana", "LUZ", 0), ("Wes Harjo", "TOMMY", 60)],
            },
        ),
        _wd(
            "elpaso",
            "Borderland Radio",
            D(2026, 2, 24),
            "07:00",
            {
                "page": "letter",
                "font": "helvetica",
                "time": "us_lower",
                "company": "Franklin Mountain Pictures · El Paso, TX",
                "date_style": "us_short",
                "day_of": "Day 5 of 12",
                "call_label": "General Call",
                "times": [("Lunch", 330), ("Est. Wrap", 690)],
                # HARD: the Location cell names two locations with their addresses; the day's
                # set is location 1 (the crew call is there)
                "loc_lines": [
                    f"1) {P['elpaso'].name}, {P['elpaso'].address}",
                    "2) (after lunch) San Jacinto Plaza, 114 W Mills Ave, El Paso, TX 79901",
                ],
                "set": "Stage, lobby and the Kinney bar",
                "sun_split": True,
                "weather": "Clear, 68°/41°",
                "director": "Javier Ochoa",
                "ad": "Kelsey Brandt · 915-555-0135",
                "scenes": [
                    ("7:45am", "30", "INT. PLAZA THEATRE STAGE - the broadcast", "D", "3"),
                    ("1:30pm", "33", "EXT. SAN JACINTO PLAZA - the alligator statue", "D", "1"),
                ],
                "cast": [("Ruben Salas", "DJ NACHO", 0), ("Carla Ibarra", "MARISOL", 90)],
            },
        ),
        _wd(
            "truro",
            "The Wreckers' Daughter",
            D(2026, 4, 29),
            "08:00",
            {
                "page": "A4",
                "font": "sans",
                "time": "h24",
                "company": "Kernow Light Productions Ltd · Falmouth",
                "date_style": "uk_long",
                "day_of": "11 of 22",
                "call_label": "Unit Call",
                "times": [("Breakfast", -45), ("Lunch", 300), ("Wrap", 600)],
                "set": "Nave, south transept and the Chapter House",
                "weather": "Sunny intervals, 14°C",
                "director": "Morwenna Tregear",
                "ad": "Jory Pascoe · 07700 900481",
                "hosp_foot": True,
                "scenes": [
                    ("08:45", "41", "INT. NAVE - the funeral", "D", "2 6/8"),
                    ("13:45", "44", "INT. CHAPTER HOUSE - the will", "D", "1 4/8"),
                ],
                "cast": [("Tamsin Rowe", "ELOWEN", 0), ("Gareth Pengelly", "REVEREND", 60)],
            },
        ),
    ]


# --- Movie Magic / EP-style one-page export, German and English (Austria, Germany) -------------


def _de(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]
    stand = f"Stand: {day_text(day - dt.timedelta(days=1), 'de_short')}, {g['stand_at']}"

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 28.0
        right = W - x0
        bw = (right - x0) / 3
        top = 30.0
        for k in range(3):
            c.box(x0 + k * bw, top, bw, 104, 0.7)
        # left box: company and people
        lx = x0 + 6
        c.text(lx, top + 16, g["company"], 9, bold=True)
        for k, (lab, val) in enumerate(
            [
                ("Produzent / Producer", g["producer"]),
                ("Regie / Director", g["director"]),
                ("Regieassistenz / 1st AD", g["ad"]),
                ("Aufnahmeleitung / Unit", g["unit"]),
            ]
        ):
            c.text(lx, top + 34 + 17 * k, lab, 6, bold=True)
            fit(c, lx, top + 42 + 17 * k, val, 7.5, bw - 12)
        # centre box: title, day, date
        mx = x0 + bw
        mid = mx + bw / 2
        for yy, text, size, bold in [
            (top + 18, "TAGESDISPOSITION / CALL SHEET", 7.5, True),
            (top + 40, title, 14, True),
            (
                top + 58,
                f"Drehtag {g['n']} von {g['of']} / Shoot day {g['n']} of {g['of']}",
                8,
                False,
            ),
            (top + 78, day_text(day, g["date_style"]), 11, True),
        ]:
            w = min(measure(c, text, size, bold=bold), bw - 10)
            fit(c, mid - w / 2, yy, text, size, bw - 10, bold=bold)
        if g.get("stand_top"):
            # HARD: the version stamp (the day before, with a time) right under the date
            w = measure(c, stand, 7.5)
            c.text(mid - w / 2, top + 94, stand, 7.5)
        # right box: calls and sun
        rx = x0 + 2 * bw + 6
        c.text(rx, top + 14, g["call_label"], 7, bold=True)
        c.text(rx, top + 36, hm(call, t), 18, bold=True)
        yy = top + 52
        for lab, o in g["times"]:
            c.text(rx, yy, lab, 7)
            c.right(right - 6, yy, hm(add_minutes(call, o), t), 7)
            yy += 10
        c.text(rx, top + 97, f"SA / Sunrise {hm(rise, 'h24')}   SU / Sunset {hm(fall, 'h24')}", 7)
        y = top + 124
        y = head_table(
            c,
            x0,
            y,
            [
                "Bild / Sc.",
                "Motiv / Set",
                "Inhalt / Synopsis",
                "T/N",
                "Seiten",
                "Darsteller / Cast",
            ],
            [0, 48, 160, 360, 390, 430],
            g["scenes"],
            right,
        )
        # location boxes: set, base, hospital
        y += 4
        cols = [
            ("MOTIV / LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("BASIS / PARKEN", [*g["base_note"], p.base_street, p.base_city]),
            (
                "KRANKENHAUS / HOSPITAL",
                [
                    p.hospital,
                    p.hospital_street,
                    p.hospital_city,
                    f"Tel. {p.hospital_phone}",
                    "Notruf / Emergency 112",
                ],
            ),
        ]
        heights = []
        for k, (lab, lines) in enumerate(cols):
            xx = x0 + k * bw
            fill(c, xx, y, bw, 13, 40)
            c.pdf.set_text_color(255, 255, 255)
            c.text(xx + 5, y + 9.5, lab, 7.5, bold=True)
            black(c)
            yy = y + 25
            for line in lines:
                for ln in wrap(c, line, 8, bw - 12):
                    c.text(xx + 5, yy, ln, 8)
                    yy += 10
            heights.append(yy - y)
        h = max(heights) + 2
        for k in range(3):
            c.box(x0 + k * bw, y, bw, h, 0.6)
        y += h + 22
        y = head_table(
            c,
            x0,
            y,
            [
                "Nr.",
                "Darsteller / Cast",
                "Rolle / Role",
                "Abholung / P/U",
                "Maske / HMU",
                "Am Set / On set",
            ],
            [0, 24, 140, 260, 340, 420],
            [
                (
                    str(n),
                    a,
                    r,
                    hm(add_minutes(call, o - 45), t),
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 75), t),
                )
                for n, (a, r, o) in enumerate(g["cast"], 1)
            ],
            right,
        )
        y += 6
        c.text(x0, y, "Hinweise / Notes", 8, bold=True)
        for line in g["notes"]:
            y += 11
            c.text(x0 + 4, y, line, 7.5)
        grey(c, 90)
        foot = "EP Movie Magic Scheduling · Seite 1 von 1"
        c.text(x0, 815, foot if g.get("stand_top") else f"{foot} · {stand}", 6.5)
        black(c)
        return c.output()

    return _sheet(
        f"de_{key}",
        "ep_export_de",
        "Movie Magic / EP-style one-page export from a German or Austrian production, bilingual",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _de_sheets() -> list[Sheet]:
    return [
        _de(
            "graz",
            "Die Gräfin von Eggenberg",
            D(2026, 10, 14),
            "07:00",
            {
                "time": "h24",
                "company": "Murtal Film GmbH",
                "producer": "Katharina Steiner",
                "director": "Lukas Hofer",
                "ad": "Miriam Pichler +43 664 555 2031",
                "unit": "Florian Gruber +43 664 555 2044",
                "n": 12,
                "of": 30,
                "date_style": "de_short",
                "stand_at": "18:40",
                "call_label": "TREFFPUNKT TEAM / CREW CALL",
                "times": [
                    ("Maske / HMU", -60),
                    ("Drehbeginn / Shooting call", 75),
                    ("Mittag / Lunch", 330),
                ],
                "set": "Planetensaal und Schlosspark (Innen / Außen)",
                "base_note": ["LKW und Basis:"],
                "scenes": [
                    (
                        "34",
                        "Planetensaal",
                        "Die Gräfin empfängt den Gesandten",
                        "T",
                        "2 3/8",
                        "1, 2, 5",
                    ),
                    ("35", "Schlosspark", "Flucht durch den Park", "T", "1", "1, 3"),
                ],
                "cast": [
                    ("Johanna Wieser", "Gräfin Maria", 0),
                    ("Matthias Koller", "Gesandter", 60),
                ],
                "notes": [
                    "Im Planetensaal nur Filzschuhe. Keine Verpflegung in den Prunkräumen.",
                    "Catering im Hof der Basis ab 06:30.",
                ],
            },
        ),
        _de(
            "salzburg",
            "Wasserspiele",
            D(2026, 7, 22),
            "06:45",
            {
                "time": "uhr",
                "company": "Salzach Pictures GmbH",
                "producer": "Georg Aigner",
                "director": "Selin Kaya",
                "ad": "Paul Moser +43 676 555 8812",
                "unit": "Anna Lechner +43 676 555 8830",
                "n": 4,
                "of": 18,
                "date_style": "de_long",
                "stand_at": "19:15 Uhr",
                # HARD: "Stand: Di., 21.07.2026, 19:15 Uhr" printed right under the shooting date
                "stand_top": True,
                "call_label": "TREFFPUNKT TEAM / CREW CALL",
                "times": [("Drehbeginn / Shooting call", 90), ("Mittag / Lunch", 345)],
                "set": "Wasserspiele, Steintheater und Monatsschlössl",
                "base_note": ["Basis und Teamparken:"],
                "scenes": [
                    (
                        "12",
                        "Wasserspiele",
                        "Der Streich mit dem Fürstentisch",
                        "T",
                        "1 5/8",
                        "1, 2",
                    ),
                    ("13", "Steintheater", "Probe der Oper", "T", "2", "1, 2, 4"),
                    ("15", "Monatsschlössl", "Lea findet den Brief", "T", "6/8", "2"),
                ],
                "cast": [
                    ("Lea Brandstätter", "Lea", 0),
                    ("Tobias Rainer", "Markus", 45),
                    ("Ilse Moosbrugger", "Tante Gerti", 120),
                ],
                "notes": [
                    "Öffnungszeiten beachten: Besucherbetrieb ab 09:00 Uhr, Drehpause.",
                    "Nasse Wege: festes Schuhwerk.",
                ],
            },
        ),
        _de(
            "freiburg",
            "Das Münsterlicht",
            D(2026, 11, 19),
            "08:00",
            {
                "time": "h24",
                "company": "Breisgau Bildwerk GmbH",
                "producer": "Henrike Vogt",
                "director": "Jonas Albrecht",
                "ad": "Mara Keller 0171 5550 314",
                "unit": "Deniz Yilmaz 0171 5550 322",
                "n": 21,
                "of": 26,
                "date_style": "de_short",
                "stand_at": "17:55",
                "call_label": "TREFFPUNKT TEAM / CREW CALL",
                "times": [
                    ("Drehbeginn / Shooting call", 60),
                    ("Mittag / Lunch", 300),
                    ("Drehschluss / Wrap", 600),
                ],
                "set": "Hauptschiff, Turmaufgang und Münsterplatz",
                "base_note": ["Parken Team:"],
                "scenes": [
                    ("57", "Hauptschiff", "Das Konzert", "T", "2 1/8", "1, 2, 3"),
                    ("58", "Münsterplatz", "Markt am Morgen", "T", "1 2/8", "1, 6"),
                ],
                "cast": [("Clara Benz", "Sophie", 0), ("Emil Haas", "Organist", 90)],
                "notes": [
                    "Wochenmarkt auf dem Münsterplatz bis 13:30: keine Fahrzeuge auf dem Platz."
                ],
            },
        ),
    ]


# --- Italian "ordine del giorno" (OdG) --------------------------------------------------------


def _it(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        x0 = 40.0
        right = W - x0
        c.text(x0, 44, g["company"], 9, bold=True)
        c.right(right, 44, f"ORDINE DEL GIORNO N. {g['n']}", 11, bold=True)
        centre(c, 74, title.upper(), 17)
        centre(
            c,
            92,
            f"{day_text(day, g['date_style'])}  -  {g['n']}° giorno di riprese su {g['of']}",
            10,
            bold=False,
        )
        centre(c, 106, f"Regia: {g['director']}   ·   Aiuto regia: {g['ad']}", 8, bold=False)
        fill(c, x0, 116, right - x0, 28, 215)
        if g.get("bar"):
            # HARD: three convocations on one bar; the crew's is "Troupe"
            bar = "CONVOCAZIONE   " + "   ·   ".join(
                f"{lab} {hm(add_minutes(call, o), t)}" for lab, o in g["bar"]
            )
            fit(c, x0 + 8, 135, bar, 12, right - x0 - 16, bold=True)
        else:
            c.text(x0 + 8, 135, f"CONVOCAZIONE TROUPE  ore {hm(call, t)}", 13, bold=True)
        y = 162.0
        half = (right - x0) / 2
        left = [(lab, hm(add_minutes(call, o), t)) for lab, o in g["times"]]
        rightcol = [
            ("alba / tramonto", f"{hm(rise, 'h24')} / {hm(fall, 'h24')}"),
            ("meteo", g["weather"]),
        ]
        for k in range(max(len(left), len(rightcol))):
            if k < len(left):
                c.text(x0, y, left[k][0], 9)
                c.text(x0 + 130, y, left[k][1], 9, bold=True)
            if k < len(rightcol):
                c.text(x0 + half, y, rightcol[k][0], 9)
                fit(c, x0 + half + 90, y, rightcol[k][1], 9, half - 90)
            y += 13
        y += 10
        blocks = [
            ("SET", [f"{p.name} - {p.address}", g["set"]]),
            ("BASE", [p.base, g["base_note"]]),
        ]
        hosp = (
            "OSPEDALE",
            [f"Pronto Soccorso {p.hospital}", p.hospital_address, f"tel. {p.hospital_phone}"],
        )
        if not g.get("hosp_foot"):
            blocks.append(hosp)
        for lab, lines in blocks:
            c.text(x0, y, lab, 9, bold=True)
            for line in lines:
                y = paragraph(c, x0 + 80, y, line, 9, right - x0 - 80, 11.5)
            y += 6
        y += 8
        y = head_table(
            c,
            x0,
            y,
            ["sc.", "ambiente", "INT/EST", "G/N", "pag.", "personaggi"],
            [0, 34, 250, 300, 340, 380],
            g["scenes"],
            right,
        )
        y = head_table(
            c,
            x0,
            y + 4,
            ["attore", "personaggio", "convocazione", "trucco", "sul set"],
            [0, 130, 250, 330, 400],
            [
                (
                    a,
                    r,
                    hm(add_minutes(call, o - 30), t),
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 60), t),
                )
                for a, r, o in g["cast"]
            ],
            right,
        )
        if g.get("hosp_foot"):
            y += 10
            c.box(x0, y, right - x0, 52, 0.6)
            c.text(x0 + 6, y + 13, "NUMERI UTILI", 8.5, bold=True)
            c.text(
                x0 + 6, y + 27, f"OSPEDALE: Pronto Soccorso {p.hospital}, {p.hospital_address}", 8.5
            )
            c.text(
                x0 + 6,
                y + 39,
                f"tel. {p.hospital_phone}   ·   Emergenza 112   ·   Produzione {g['office']}",
                8.5,
            )
        return c.output()

    return _sheet(
        f"it_{key}",
        "ordine_del_giorno",
        "Italian ordine del giorno: convocazione bar, set / base / ospedale blocks",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _it_sheets() -> list[Sheet]:
    return [
        _it(
            "bologna",
            "Le Ossa del Portico",
            D(2026, 10, 8),
            "07:30",
            {
                "font": "times",
                "time": "it_dot",
                "company": "Felsina Film s.r.l.",
                "n": 8,
                "of": 24,
                "date_style": "it_long",
                "director": "Chiara Benassi",
                "ad": "Marco Zanardi",
                "times": [
                    ("trucco e parrucco", -60),
                    ("colazione", -30),
                    ("pronti a girare", 60),
                    ("pausa pranzo", 330),
                    ("fine prevista", 630),
                ],
                "weather": "nuvoloso, 17°C",
                "set": "Teatro Anatomico e Sala dello Stabat Mater",
                "base_note": "mezzi tecnici e cestini",
                "scenes": [
                    ("21", "TEATRO ANATOMICO - la lezione", "INT", "G", "2 1/8", "1, 2, 7"),
                    ("23", "SALA STABAT MATER - il concerto", "INT", "G", "1 4/8", "1, 3"),
                ],
                "cast": [("Giulia Ferretti", "ELENA", 0), ("Davide Lolli", "PROF. RIGHI", 60)],
            },
        ),
        _it(
            "parma",
            "Il Loggione",
            D(2026, 4, 15),
            "08:00",
            {
                "font": "helvetica",
                "time": "h24",
                "company": "Ducato Produzioni",
                "n": 3,
                "of": 16,
                "date_style": "it_num",
                "director": "Federico Rossi",
                "ad": "Sara Bocchi",
                "times": [("trucco", -45), ("pronti a girare", 60), ("pranzo", 300)],
                "weather": "sereno, 19°C",
                "set": "platea, loggione e foyer",
                "base_note": "camion e camerini",
                "hosp_foot": True,
                "office": "0521 555 204",
                "scenes": [
                    ("7", "PLATEA - la prova generale", "INT", "G", "3", "1, 2, 4"),
                    ("9", "LOGGIONE - i fischi", "INT", "N", "1", "5, 6"),
                ],
                "cast": [("Nicola Ghirardi", "MAESTRO", 0), ("Irene Saccani", "LUCIA", 45)],
            },
        ),
        _it(
            "lecce",
            "Pietra Leccese",
            D(2026, 6, 4),
            "07:00",
            {
                "font": "sans",
                "time": "h24",
                "company": "Salento Movie s.r.l.",
                "n": 11,
                "of": 20,
                "date_style": "it_long",
                "director": "Antonio De Giorgi",
                "ad": "Valentina Carluccio",
                "bar": [("Produzione", -60), ("Troupe", 0), ("Attori", 60)],
                "times": [("colazione", -30), ("pronti a girare", 90), ("pausa pranzo", 360)],
                "weather": "soleggiato, 29°C",
                "set": "facciata e sagrato, Palazzo dei Celestini",
                "base_note": "mezzi e catering",
                "scenes": [
                    ("40", "SAGRATO - la processione", "EST", "G", "2 2/8", "1, 2, 3"),
                    ("41", "CELESTINI - la questura", "INT", "G", "1 6/8", "2, 4"),
                ],
                "cast": [("Rocco Papadia", "COMMISSARIO", 0), ("Anna Perrone", "GIOIA", 60)],
            },
        ),
    ]


# --- Portuguese / Brazilian "ordem do dia" (OD) -----------------------------------------------


def _pt(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 34.0
        right = W - x0
        c.text(x0, 46, f"ORDEM DO DIA Nº {g['n']}", 15, bold=True)
        c.right(right, 40, g["company"], 9, bold=True)
        grey(c, 80)
        c.right(right, 52, g["office"], 7.5)
        black(c)
        c.text(x0, 72, title, 13, bold=True)
        c.text(
            x0,
            88,
            f"{day_text(day, g['date_style'])}   ·   {g['day_label']} {g['n']} de {g['of']}",
            9.5,
        )
        c.text(x0, 101, f"Direção: {g['director']}   ·   1º AD: {g['ad']}", 8)
        cells = [(g["call_label"], hm(call, t), 14.0)]
        cells += [(lab, hm(add_minutes(call, o), t), 11.0) for lab, o in g["times"]]
        cw = (right - x0) / len(cells)
        for k, (lab, val, size) in enumerate(cells):
            xx = x0 + k * cw
            c.box(xx, 112, cw, 40, 0.6)
            fit(c, xx + 5, 123, lab, 6.5, cw - 10, bold=True)
            fit(c, xx + 5, 145, val, size, cw - 10, bold=True)
        y = 168.0
        c.text(
            x0,
            y,
            f"NASCER DO SOL {hm(rise, t)}   ·   PÔR DO SOL {hm(fall, t)}   ·   {g['weather']}",
            8.5,
        )
        y += 20
        blocks = [
            (g["loc_label"], [p.name, p.address, g["set"]]),
            ("BASE / ESTACIONAMENTO", [p.base]),
        ]
        hosp = (
            "HOSPITAL MAIS PRÓXIMO",
            [p.hospital, p.hospital_address, f"Tel. {p.hospital_phone}"],
        )
        blocks.insert(0 if g.get("hosp_first") else 2, hosp)
        for lab, lines in blocks:
            fill(c, x0, y - 9, right - x0, 12, 225)
            c.text(x0 + 4, y, lab, 8, bold=True)
            y += 13
            for line in lines:
                y = paragraph(c, x0 + 4, y, line, 9, right - x0 - 8, 11.5)
            y += 8
        y += 6
        y = head_table(
            c,
            x0,
            y,
            ["CENA", "INT/EXT", "D/N", g["set_head"], "PÁG.", "ELENCO"],
            [0, 38, 86, 116, 380, 420],
            g["scenes"],
            right,
        )
        y = head_table(
            c,
            x0,
            y + 4,
            ["ATOR / ATRIZ", "PERSONAGEM", "CHAMADA", "MAQUIAGEM", "SET"],
            [0, 140, 260, 340, 420],
            [
                (
                    a,
                    r,
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 15), t),
                    hm(add_minutes(call, o + 75), t),
                )
                for a, r, o in g["cast"]
            ],
            right,
        )
        y += 6
        c.text(x0, y, "OBSERVAÇÕES", 8, bold=True)
        for line in g["notes"]:
            y += 11
            c.text(x0 + 4, y, line, 8)
        return c.output()

    return _sheet(
        f"pt_{key}",
        "ordem_do_dia",
        "Portuguese / Brazilian ordem do dia: chamada strip, locação and hospital blocks",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _pt_sheets() -> list[Sheet]:
    return [
        _pt(
            "porto",
            "A Casa dos Negociantes",
            D(2026, 10, 21),
            "08:00",
            {
                "time": "h24",
                "company": "Douro Filmes, Lda.",
                "office": "Rua das Flores 58, Porto · 222 555 140",
                "n": 6,
                "of": 18,
                "date_style": "pt_long",
                "day_label": "Dia de rodagem",
                "director": "Inês Valente",
                "ad": "Rui Barbosa",
                "call_label": "CHAMADA EQUIPA",
                "times": [("PEQUENO-ALMOÇO", -30), ("ALMOÇO", 300), ("FIM PREVISTO", 600)],
                "weather": "Aguaceiros, 17°C",
                "loc_label": "LOCAL DE RODAGEM",
                "set": "Pátio das Nações e Salão Árabe",
                "set_head": "DÉCOR",
                "scenes": [
                    ("12", "INT", "D", "PÁTIO DAS NAÇÕES - a assembleia", "2 3/8", "1, 2, 5"),
                    ("14", "INT", "D", "SALÃO ÁRABE - o baile", "1 5/8", "1, 3"),
                ],
                "cast": [("Beatriz Leal", "AMÉLIA", 0), ("Tiago Moura", "CONDE", 60)],
                "notes": ["Visitas guiadas até às 09:30: silêncio no Pátio."],
            },
        ),
        _pt(
            "curitiba",
            "Olho de Vidro",
            D(2026, 8, 12),
            "07:00",
            {
                "time": "br",
                "company": "Araucária Filmes",
                "office": "Curitiba - PR · (41) 5555-0190",
                "n": 9,
                "of": 22,
                # HARD: numeric day-first date with the weekday ("qua., 12/08/2026")
                "date_style": "pt_num",
                "day_label": "Diária",
                "director": "Letícia Kowalski",
                "ad": "Gustavo Ferraz",
                "call_label": "CHAMADA EQUIPE",
                "times": [("CAFÉ", -30), ("1º PLANO", 90), ("ALMOÇO", 330), ("PREV. TÉRMINO", 660)],
                "weather": "Frio, 9°C / 19°C",
                "loc_label": "LOCAÇÃO",
                "set": "Olho, rampa e salão principal",
                "set_head": "CENÁRIO",
                "hosp_first": True,
                "scenes": [
                    ("31", "EXT", "D", "RAMPA DO MUSEU - a fuga", "1 2/8", "1, 2"),
                    ("33", "INT", "D", "SALÃO DO OLHO - a exposição", "2 4/8", "1, 2, 4"),
                ],
                "cast": [("Marina Kuster", "HELENA", 0), ("Paulo Wendt", "ARTUR", 45)],
                "notes": [
                    "Museu aberto ao público a partir das 10h: áreas isoladas pela produção."
                ],
            },
        ),
        _pt(
            "bh",
            "Noites de Afonso Pena",
            D(2026, 3, 26),
            "14:00",
            {
                "time": "br_short",
                "company": "Serra do Curral Produções",
                "office": "Belo Horizonte - MG · (31) 5555-0117",
                "n": 2,
                "of": 8,
                "date_style": "pt_long",
                "day_label": "Diária",
                "director": "Fernanda Assis",
                "ad": "Caio Rezende",
                "call_label": "CHAMADA EQUIPE",
                "times": [("LANCHE", 270), ("JANTAR", 420), ("PREV. TÉRMINO", 660)],
                "weather": "Chuva fraca à noite, 21°C",
                "loc_label": "LOCAÇÃO",
                "set": "Grande Teatro, foyer e escadaria",
                "set_head": "CENÁRIO",
                "scenes": [
                    ("8", "INT", "N", "GRANDE TEATRO - a estreia", "3", "1, 2, 3"),
                    ("9", "EXT", "N", "ESCADARIA - a chuva", "1", "1, 2"),
                ],
                "cast": [("Juliana Prado", "CLARA", 30), ("Diego Amaral", "TONHO", 60)],
                "notes": ["Ensaio da orquestra até 13h30: equipamento entra só depois."],
            },
        ),
    ]


# --- near misses ------------------------------------------------------------------------------


def _deal_memo() -> bytes:
    """A crew deal memo: start date, daily rate, a call-time clause, the production's address."""
    c = Canvas("letter", "helvetica")
    W = c.width
    x0 = 54.0
    c.text(x0, 60, "CREW DEAL MEMO", 18, bold=True)
    c.right(W - x0, 60, "Sagebrush Pictures LLC", 10, bold=True)
    c.right(W - x0, 73, "50 S Virginia St, Reno, NV 89501", 8)
    c.hline(x0, W - x0, 82, 1.0)
    y = 106.0
    for lab, val in [
        ("Production", "HIGH DESERT HYMN"),
        ("Crew member", "Jesse Paredes"),
        ("Position", "Key Grip"),
        ("Start date", "Thursday, October 1, 2026"),
        ("End date (est.)", "Friday, October 23, 2026"),
        ("Daily rate", "$550.00 for a 12-hour day (10 + 2)"),
        ("Overtime", "1.5x after 12 hours, 2x after 14 hours"),
        ("Kit rental", "$75.00 / day"),
    ]:
        c.text(x0, y, lab, 10, bold=True)
        c.text(x0 + 130, y, val, 10)
        y += 15
    y += 10
    for para in [
        "1. Call times. Crew member's daily call time is set on the call sheet issued the evening "
        "before each shoot day. Time is counted from call time to wrap out at the location.",
        "2. Meals. A meal break of 30 minutes is given no later than 6 hours after call.",
        "3. Payment. Timecards are due every Sunday; payment by direct deposit on the following "
        "Friday. This memo is not a call sheet and gives no shoot day schedule.",
        "4. Locations. Work may take place at locations in and around Reno, NV; mileage is paid "
        "outside a 30-mile zone.",
    ]:
        y = paragraph(c, x0, y, para, 9.5, W - 2 * x0, 12.5) + 6
    y += 30
    for k, lab in enumerate(["Crew member signature / date", "Producer signature / date"]):
        xx = x0 + k * 260
        c.hline(xx, xx + 220, y, 0.5)
        c.text(xx, y + 12, lab, 8)
    return c.output()


def _location_agreement() -> bytes:
    """A location agreement: property address, shoot dates, hours of access, fee."""
    c = Canvas("A4", "helvetica")
    W = c.width
    x0 = 50.0
    centre(c, 62, "LOCATION AGREEMENT", 16)
    centre(c, 78, 'Kingsgate Films Ltd - "THE CLOSE"', 10, bold=False)
    y = 112.0
    for lab, val in [
        ("Property", "The Pilgrims' Hall and garden"),
        ("Address", "3 The Close, Winchester SO23 9LS"),
        ("Owner", "The Chapter of Winchester Cathedral"),
        ("Preparation", "Monday 14th September 2026, 09:00 - 17:00"),
        ("Filming", "Tuesday 15th - Thursday 17th September 2026"),
        ("Hours of access", "06:00 - 21:00 each filming day"),
        ("Strike", "Friday 18th September 2026, by 12:00"),
        ("Fee", "£2,400 + VAT, payable within 14 days of the last day"),
    ]:
        c.text(x0, y, lab, 9.5, bold=True)
        c.text(x0 + 120, y, val, 9.5)
        y += 15
    y += 12
    for para in [
        "The Owner grants the Company and its cast and crew the right to enter the Property "
        "during the hours of access, with vehicles and equipment, to photograph and record the "
        "Property and to depict it under any name.",
        "The Company will leave the Property in the condition in which it was found, hold "
        "public liability insurance of not less than £5,000,000 and keep all fire exits clear.",
        "This agreement is governed by the law of England and Wales.",
    ]:
        y = paragraph(c, x0, y, para, 9.5, W - 2 * x0, 12.5) + 8
    y += 34
    for k, lab in enumerate(["Signed for the Owner", "Signed for the Company"]):
        xx = x0 + k * 260
        c.hline(xx, xx + 210, y, 0.5)
        c.text(xx, y + 12, lab, 8)
    return c.output()


def _insurance() -> bytes:
    """A certificate of insurance for a shoot: insured, period, location address, limits."""
    c = Canvas("letter", "helvetica")
    W = c.width
    x0 = 40.0
    c.text(x0, 54, "CERTIFICATE OF LIABILITY INSURANCE", 15, bold=True)
    c.right(W - x0, 54, "DATE (MM/DD/YYYY) 05/11/2026", 8)
    c.hline(x0, W - x0, 62, 1.0)
    y = 84.0
    for lab, val in [
        ("PRODUCER (broker)", "Mesa Entertainment Insurance Services, Santa Fe, NM 87501"),
        ("INSURED", "Sandia Crest Films LLC, 201 3rd St NW, Albuquerque, NM 87102"),
        ("CERTIFICATE HOLDER", "KiMo Theatre, 423 Central Ave NW, Albuquerque, NM 87102"),
        (
            "DESCRIPTION",
            'Filming of "Turquoise Trail" at the above premises, 5/18/2026 - '
            "5/22/2026, including load-in from 5:00 AM and load-out by 11:00 PM.",
        ),
    ]:
        c.text(x0, y, lab, 8, bold=True)
        y = paragraph(c, x0 + 140, y, val, 8.5, W - 2 * x0 - 140, 11) + 4
    y += 10
    y = head_table(
        c,
        x0,
        y,
        ["TYPE OF INSURANCE", "POLICY NUMBER", "EFF. DATE", "EXP. DATE", "LIMITS"],
        [0, 170, 280, 350, 420],
        [
            (
                "Commercial general liability",
                "EPK-7730412",
                "05/01/2026",
                "05/01/2027",
                "$1,000,000 each occurrence",
            ),
            (
                "Automobile liability (hired/non-owned)",
                "EPK-7730413",
                "05/01/2026",
                "05/01/2027",
                "$1,000,000 combined",
            ),
            ("Workers compensation", "WC-2219087", "05/01/2026", "05/01/2027", "Statutory"),
            ("Equipment / props", "EPK-7730414", "05/01/2026", "05/01/2027", "$250,000"),
        ],
        W - x0,
        size=7.5,
    )
    y += 8
    for para in [
        "The certificate holder is named as additional insured with respect to the operations "
        "described. This certificate is issued as a matter of information only and confers no "
        "rights upon the certificate holder.",
    ]:
        y = paragraph(c, x0, y, para, 8.5, W - 2 * x0, 11)
    c.text(x0, y + 30, "AUTHORIZED REPRESENTATIVE  ______________________", 8.5)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet("other_deal_memo", "near_miss", "crew deal memo", _deal_memo, OTHER),
        _sheet(
            "other_location_agreement",
            "near_miss",
            "location agreement for a shoot",
            _location_agreement,
            OTHER,
        ),
        _sheet(
            "other_insurance_certificate",
            "near_miss",
            "certificate of liability insurance for a shoot",
            _insurance,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_gm_sheets(),
        *_ol_sheets(),
        *_wd_sheets(),
        *_de_sheets(),
        *_it_sheets(),
        *_pt_sheets(),
        *_other_sheets(),
    ]
