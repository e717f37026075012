"""Forty-third held-out set: six kinds of call sheet from the UK, Ireland, Australia and New
Zealand, in cities not yet in the corpus (`fresh42_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh42"). UK commercial call sheets in the APA manner from Margate, Guildford
and Lewes (job block, "TRAVEL TO" before the "UNIT CALL", LOCATION / UNIT BASE / "NEAREST A&E",
a movement order on page 2), UK continuing-drama studio days from Maidstone, Hartlepool and
Llangefni (a studio unit call, several stages each with its sets, a location unit; Welsh /
English labels at Aria), UK natural-history shoots from Keswick, Llandudno and Glastonbury (an
"RV POINT" instead of a unit base, a risk line, dawn calls), Australian TVC one-pagers from
Orange, Katoomba and Mandurah ("CREW PARKING", "NSW 2800" / "WA 6210", "6:45am"), New Zealand
feature sheets from Napier, Greymouth and Lower Hutt ("UNIT BASE", "NEAREST HOSPITAL (ED)",
"Thu 15/10/26") and Irish-language TG4-style drama sheets from Killarney, Kinsale and Mullingar
(Irish labels first, "Déardaoin 15 Deireadh Fómhair 2026", "7.30 r.n."). Three near misses,
all `other`: a council notice suspending parking bays for filming, a talent agency booking
confirmation and a theatre company's rehearsal schedule.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey, measure
from tests.corpus.formats import add_minutes, ordinal
from tests.corpus.fresh_common import (
    boxed_cells,
    cast_times,
    clock,
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
    stacked_tables,
    time_or,
    timed_rows,
    titled_notes,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, cell, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # (1) UK commercials (APA-style, with a movement order on page 2): Margate, Guildford, Lewes
    "turner": _p(
        "uk",
        "Turner Contemporary",
        "Rendezvous",
        "Margate CT9 1HG",
        51.3920,
        1.3790,
        "Europe/London",
        "Queen Elizabeth The Queen Mother Hospital",
        "St Peter's Road",
        "Margate CT9 4AN",
        "01843 225544",
        "Mill Lane car park, Mill Lane",
        "Margate CT9 1LB",
    ),
    "guildfordcathedral": _p(
        "uk",
        "Guildford Cathedral",
        "Stag Hill",
        "Guildford GU2 7UP",
        51.2430,
        -0.5900,
        "Europe/London",
        "Royal Surrey County Hospital",
        "Egerton Road",
        "Guildford GU2 7XX",
        "01483 571122",
        "Cathedral visitor car park, Alresford Road",
        "Guildford GU2 7UP",
    ),
    "lewescastle": _p(
        "uk",
        "Lewes Castle",
        "169 High Street",
        "Lewes BN7 1YE",
        50.8735,
        0.0080,
        "Europe/London",
        "Royal Sussex County Hospital",
        "Eastern Road",
        "Brighton BN2 5BE",
        "01273 696955",
        "Lewes station car park, Station Road",
        "Lewes BN7 2UP",
    ),
    # (2) UK continuing drama / soap studio days: Maidstone, Hartlepool, Llangefni
    "maidstonestudios": _p(
        "uk",
        "The Maidstone Studios",
        "New Cut Road",
        "Maidstone ME14 5NZ",
        51.2835,
        0.5380,
        "Europe/London",
        "Maidstone Hospital",
        "Hermitage Lane",
        "Maidstone ME16 9QQ",
        "01622 729000",
        "Studio car park, Vinters Park",
        "Maidstone ME14 5NZ",
    ),
    "northernstudios": _p(
        "uk",
        "The Northern Studios",
        "Lynn Street",
        "Hartlepool TS24 7BU",
        54.6870,
        -1.2130,
        "Europe/London",
        "University Hospital of North Tees",
        "Hardwick Road",
        "Stockton-on-Tees TS19 8PE",
        "01642 617617",
        "Church Street car park, Church Street",
        "Hartlepool TS24 7DJ",
    ),
    "aria": _p(
        "uk",
        "Aria Studios",
        "Bryn Cefni Business Park",
        "Llangefni LL77 7XA",
        53.2560,
        -4.3100,
        "Europe/London",
        "Ysbyty Gwynedd",
        "Penrhosgarnedd",
        "Bangor LL57 2PW",
        "03000 84 84 84",
        "Maes parcio / car park, Lôn Talwrn",
        "Llangefni LL77 7LP",
    ),
    # (3) UK factual / natural history with an RV point: Keswick, Llandudno, Glastonbury
    "whinlatter": _p(
        "uk",
        "Whinlatter Forest Visitor Centre",
        "Braithwaite",
        "Keswick CA12 5TW",
        54.6080,
        -3.2270,
        "Europe/London",
        "Cumberland Infirmary",
        "Newtown Road",
        "Carlisle CA2 7HY",
        "01228 523444",
        "Lakeside car park, Lake Road",
        "Keswick CA12 5DJ",
    ),
    "greatorme": _p(
        "uk",
        "Great Orme Country Park Visitor Centre",
        "Great Orme Summit",
        "Llandudno LL30 2XF",
        53.3330,
        -3.8650,
        "Europe/London",
        "Ysbyty Glan Clwyd",
        "Rhuddlan Road",
        "Bodelwyddan LL18 5UJ",
        "03000 84 84 84",
        "Happy Valley car park, Happy Valley Road",
        "Llandudno LL30 2LP",
    ),
    "hamwall": _p(
        "uk",
        "RSPB Ham Wall",
        "Ashcott Road",
        "Meare, Glastonbury BA6 9SX",
        51.1520,
        -2.7900,
        "Europe/London",
        "Musgrove Park Hospital",
        "Parkfield Drive",
        "Taunton TA1 5DA",
        "01823 333444",
        "Avalon Marshes Centre, Shapwick Road",
        "Westhay, Glastonbury BA6 9TT",
    ),
    # (4) Australian TVC one-pagers with CREW PARKING: Orange, Katoomba, Mandurah
    "orangemuseum": _p(
        "au",
        "Orange Regional Museum",
        "151 Byng Street",
        "Orange NSW 2800",
        -33.2840,
        149.1000,
        "Australia/Sydney",
        "Orange Health Service",
        "1530 Forest Road",
        "Orange NSW 2800",
        "(02) 6369 3000",
        "Kite Street council car park, Kite Street",
        "Orange NSW 2800",
    ),
    "scenicworld": _p(
        "au",
        "Scenic World",
        "1 Violet Street",
        "Katoomba NSW 2780",
        -33.7280,
        150.3010,
        "Australia/Sydney",
        "Blue Mountains District ANZAC Memorial Hospital",
        "Great Western Highway",
        "Katoomba NSW 2780",
        "(02) 4784 6500",
        "Scenic World coach car park, Cliff Drive",
        "Katoomba NSW 2780",
    ),
    "manpac": _p(
        "au",
        "Mandurah Performing Arts Centre",
        "9 Ormsby Terrace",
        "Mandurah WA 6210",
        -32.5290,
        115.7210,
        "Australia/Perth",
        "Peel Health Campus",
        "110 Lakes Road",
        "Mandurah WA 6210",
        "(08) 9531 8000",
        "Eastern Foreshore car park, Mandurah Terrace",
        "Mandurah WA 6210",
    ),
    # (5) New Zealand features with a UNIT BASE: Napier, Greymouth, Lower Hutt
    "mtg": _p(
        "nz",
        "MTG Hawke's Bay",
        "1 Tennyson Street",
        "Napier 4110",
        -39.4900,
        176.9190,
        "Pacific/Auckland",
        "Hawke's Bay Fallen Soldiers' Memorial Hospital",
        "Omahu Road",
        "Hastings 4120",
        "(06) 878 8109",
        "Soundshell car park, Marine Parade",
        "Napier 4110",
    ),
    "shantytown": _p(
        "nz",
        "Shantytown Heritage Park",
        "316 Rutherglen Road",
        "Paroa, Greymouth 7805",
        -42.5370,
        171.1880,
        "Pacific/Auckland",
        "Te Nikau Grey Hospital",
        "71 Water Walk Road",
        "Greymouth 7805",
        "(03) 769 7400",
        "Paroa Hotel paddock, 508 Main South Road",
        "Paroa, Greymouth 7805",
    ),
    "dowse": _p(
        "nz",
        "The Dowse Art Museum",
        "45 Laings Road",
        "Lower Hutt 5010",
        -41.2100,
        174.9060,
        "Pacific/Auckland",
        "Hutt Hospital",
        "638 High Street",
        "Lower Hutt 5010",
        "(04) 566 6999",
        "Riddiford Garden car park, Queens Drive",
        "Lower Hutt 5010",
    ),
    # (6) Irish TG4-style bilingual (Irish first) drama: Killarney, Kinsale, Mullingar
    "muckross": _p(
        "ie",
        "Muckross House",
        "Muckross Road",
        "Killarney, Co. Kerry",
        52.0180,
        -9.5040,
        "Europe/Dublin",
        "University Hospital Kerry",
        "Ratass",
        "Tralee, Co. Kerry V92 NX94",
        "066 718 4000",
        "Killarney Racecourse, Ross Road",
        "Killarney, Co. Kerry",
    ),
    "charlesfort": _p(
        "ie",
        "Charles Fort",
        "Summercove",
        "Kinsale, Co. Cork",
        51.6960,
        -8.5000,
        "Europe/Dublin",
        "Cork University Hospital",
        "Wilton",
        "Cork T12 DC4A",
        "021 454 6400",
        "Town Park car park, Pier Road",
        "Kinsale, Co. Cork",
    ),
    "belvedere": _p(
        "ie",
        "Belvedere House",
        "Tullamore Road",
        "Mullingar, Co. Westmeath",
        53.4770,
        -7.3670,
        "Europe/Dublin",
        "Regional Hospital Mullingar",
        "Longford Road",
        "Mullingar, Co. Westmeath N91 NA43",
        "044 934 0221",
        "Dublin Bridge car park, Dominick Street",
        "Mullingar, Co. Westmeath",
    ),
}

GA_WD = ["Dé Luain", "Dé Máirt", "Dé Céadaoin", "Déardaoin", "Dé hAoine", "Dé Sathairn"]
GA_WD += ["Dé Domhnaigh"]
GA_MON = ["Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil", "Lúnasa"]
GA_MON += ["Meán Fómhair", "Deireadh Fómhair", "Samhain", "Nollaig"]
CY_WD = ["Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn"]
CY_WD += ["Dydd Sul"]
CY_MON = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst"]
CY_MON += ["Medi", "Hydref", "Tachwedd", "Rhagfyr"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "uk_am": f"{h12}.{m:02d}{ap.lower()}",  # "7.30am"
        "au_am": f"{h12}:{m:02d}{ap.lower()}",  # "6:45am"
        "bare": f"{h}:{m:02d}",  # "7:30"
        "ga": f"{h12}.{m:02d} {'r.n.' if h < 12 else 'i.n.'}",  # "7.30 r.n."
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "uk_dots": f"{d:%d.%m.%y}",  # "15.10.26"
        "uk_abbr": f"{d:%a} {d.day} {d:%b} {d.year}",  # "Thu 22 Oct 2026"
        "uk_caps": f"{d:%A} {ordinal(d.day)} {d:%B} {d.year}".upper(),  # "THURSDAY 15TH ..."
        "nz_short": f"{d:%a} {d:%d/%m/%y}",  # "Thu 15/10/26"
        "au_long": f"{d:%A} {d.day} {d:%B} {d.year}",  # "Thursday 15 October 2026"
        "au_slash": f"{d:%a} {d:%d/%m/%Y}",  # "Thu 15/10/2026"
        "ga": f"{GA_WD[d.weekday()]} {d.day} {GA_MON[d.month - 1]} {d.year}",
        "cy": f"{CY_WD[d.weekday()]} {d.day} {CY_MON[d.month - 1]} {d.year}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh42")
_para = paragraph
_table = partial(head_table, size=8, lead=12.5)


def _footer(c: Canvas, text: str) -> None:
    grey_text(c, 40, c.pdf.h - 22, text, 7, 120)


# --- (1) UK commercials, APA manner: job block, TRAVEL TO, UNIT CALL, movement order p. 2 ----


def _apa(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, lay = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=40.0)
        # letterhead: company left, the sheet's name and job number right
        letterhead(
            c,
            x0,
            right,
            (44, 56),
            (g["company"], 13, g["company_addr"], 7.5),
            ("CALL SHEET", 13, f"Job no. {g['job']}", 8),
            level=95,
            rule=(64, 1.2),
        )
        y = 84.0
        job = [
            ("PRODUCTION", title),
            ("CLIENT", g["client"]),
            ("AGENCY", g["agency"]),
            ("DIRECTOR", g["director"]),
            ("PRODUCER", g["producer"]),
            ("SHOOT DATE", day_text(day, g["date_style"])),
        ]
        half = (right - x0) / 2
        for i, (lab, val) in enumerate(job):
            xx = x0 + (i % 2) * half
            yy = y + (i // 2) * 15
            c.text(xx, yy, lab, 7.5, bold=True)
            fit(c, xx + 78, yy, val, 9, half - 84, bold=lab == "PRODUCTION")
        y += 3 * 15 + 6
        c.hline(x0, right, y - 8, 0.4)
        times = [
            (g["travel_label"], f"{hm(g['travel'], t)}  {g['travel_note']}"),
            ("UNIT CALL", f"{hm(call, t)}  {g['call_note']}"),
            ("BREAKFAST", f"{hm(add_minutes(call, -30), t)} - {hm(add_minutes(call, 15), t)}"),
            ("FIRST SET-UP", hm(add_minutes(call, 75), t)),
            ("LUNCH", hm(add_minutes(call, 330), t)),
            ("EST. WRAP", hm(add_minutes(call, 600), t)),
            ("SUNRISE / SUNSET", f"{hm(rise, t)} / {hm(fall, t)}"),
        ]
        places = [
            ("LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("UNIT BASE / PARKING", [p.base_street, p.base_city]),
            ("NEAREST A&E", hospital_lines(p)),
        ]
        if lay == "grid":
            # times boxed on the left, the three places stacked in boxes on the right
            c.box(x0, y, half - 6, 16 * len(times) + 10, 0.6)
            yy = y + 14
            for lab, val in times:
                big = lab == "UNIT CALL"
                c.text(x0 + 6, yy, lab, 8, bold=True)
                fit(c, x0 + 100, yy, val, 10 if big else 8.5, half - 110, bold=big)
                yy += 16
            yp = y
            for lab, lines in places:
                h = 14 + 11 * len(lines)
                c.box(x0 + half, yp, half, h, 0.6)
                cell(c, x0 + half, yp, half, lab, lines, label_size=7.5, size=8.5)
                yp += h + 4
            y = max(yy, yp) + 14
        else:
            # one ruled list: times, then the places on one line each
            for lab, val in times:
                big = lab == "UNIT CALL"
                c.text(x0, y, lab, 8.5, bold=True)
                fit(c, x0 + 130, y, val, 11 if big else 9, right - x0 - 130, bold=big)
                c.hline(x0, right, y + 4, 0.2)
                y += 15
            y += 6
            for lab, lines in places:
                c.text(x0, y, lab, 8.5, bold=True)
                fit(c, x0 + 130, y, ", ".join(lines), 9, right - x0 - 130)
                c.hline(x0, right, y + 4, 0.2)
                y += 15
            y += 12
        c.text(x0, y, "Emergency: 999  ·  Production office: " + g["office_phone"], 8.5, bold=True)
        y += 18
        y = stacked_tables(
            c,
            x0,
            y,
            right,
            [
                (
                    ["TALENT", "ROLE", "P/UP", "H&MU / WARD", "ON SET"],
                    [0, 130, 250, 320, 420],
                    cast_times(g["talent"], call, partial(hm, style=t), (-45, 0, 60)),
                ),
                (["SHOT", "DESCRIPTION", "TALENT"], [0, 40, 400], g["shots"]),
            ],
            gap=2,
            size=8,
            lead=12.5,
        )
        y = titled_notes(c, x0, y, "NOTES", 8.5, g["notes"], 8, right - x0, 10.5)
        _footer(c, f"{title}  ·  Call sheet  ·  Page 1 of 2  ·  See page 2 for movement order")
        # page 2: the movement order
        c.new_page()
        c.text(x0, 46, f"MOVEMENT ORDER  -  {title}", 13, bold=True)
        c.right(right, 46, g["mo_date"], 9)
        c.hline(x0, right, 54, 1.0)
        y = 76.0
        for head, lines in g["movement"]:
            fill(c, x0, y - 10, right - x0, 14, 225)
            y = titled_notes(c, x0 + 4, y, head, 9, lines, 8.5, right - x0 - 8, 11, gap=16)
            y += 8
        c.text(x0, y, "TO NEAREST A&E", 9, bold=True)
        y += 13
        y = _para(
            c,
            x0,
            y,
            f"{p.hospital}, {p.hospital_address} ({p.hospital_phone}). {g['ae_route']}",
            8.5,
            right - x0,
            11,
        )
        _footer(c, f"{title}  ·  Movement order  ·  Page 2 of 2")
        return c.output()

    return _sheet(
        f"apa_{key}",
        "uk_apa_commercial",
        "UK commercial call sheet in the APA manner, A4, two pages: job block (client, agency, "
        "director, shoot date), a TRAVEL TO / minibus time before the UNIT CALL, LOCATION, UNIT "
        f"BASE / PARKING, NEAREST A&E; a movement order on page 2; layout '{lay}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _apa_sheets() -> list[Sheet]:
    return [
        _apa(
            "turner",
            "Tide Line",
            D(2026, 10, 15),
            "07:30",
            {
                "layout": "grid",
                "font": "helvetica",
                "time_style": "h24",
                "date_style": "uk_long",
                "company": "Saltmarsh Films Ltd",
                "company_addr": "Unit 3, 28 Cremer Street, London E2 8HD  ·  020 7946 0321",
                "job": "SMF-2641",
                "client": "Thanet Cider Co.",
                "agency": "Harbour & Wolfe",
                "director": "Ines Calder",
                "producer": "Tom Breslin",
                "travel_label": "TRAVEL TO",
                "travel": "05:30",
                "travel_note": "minibus from the production office (E2)",
                "call_note": "at unit base",
                "set": "Sunley Gallery and the seafront terrace",
                "office_phone": "020 7946 0321",
                "talent": [
                    ("Maya Osei", "THE SWIMMER", 0),
                    ("Frank Ebbs", "THE FISHERMAN", 60),
                ],
                "shots": [
                    ("1", "WS terrace, swimmer walks to the rail, sea behind", "1"),
                    ("2", "MCU gallery window, cider poured, light on the glass", "1, 2"),
                    ("3", "Pack shot on the terrace table", "-"),
                ],
                "notes": [
                    "Gallery opens to the public at 10:00: interior shots first. Tide high at "
                    "13:12, the terrace is wet after 12:30.",
                ],
                "mo_date": "Thursday 15 October",
                "movement": [
                    (
                        "FROM LONDON TO UNIT BASE",
                        [
                            "A2 / M2 to junction 7, A299 Thanet Way, then A28 into Margate; "
                            "right into Mill Lane for the Mill Lane car park (CT9 1LB). Allow "
                            "2 hours.",
                        ],
                    ),
                    (
                        "UNIT BASE TO LOCATION",
                        [
                            "On foot, 6 minutes: down to the harbour, along the front to "
                            "Turner Contemporary, Rendezvous, Margate CT9 1HG.",
                        ],
                    ),
                ],
                "ae_route": "From base: A28 then Ramsgate Road, 10 minutes.",
            },
        ),
        _apa(
            "guildfordcathedral",
            "Quiet Hours",
            D(2026, 10, 20),
            "08:00",
            {
                "layout": "list",
                "font": "sans",
                "time_style": "military",
                "date_style": "uk_dots",
                "company": "Halyard Pictures",
                "company_addr": "41 Frith Street, London W1D 4SG",
                "job": "HP/0937",
                "client": "Surrey Hills Building Society",
                "agency": "Brightside London",
                "director": "Kwame Asante",
                "producer": "Hattie Lowe",
                "travel_label": "TRAVEL TO",
                "travel": "06:15",
                "travel_note": "crew coach departs Hammersmith Apollo coach bay",
                "call_note": "(crew at the cathedral car park)",
                "set": "nave, west steps and the lawn",
                "office_phone": "020 7946 0875",
                "talent": [
                    ("Ruth Pemberton", "GRANDMOTHER", 0),
                    ("Leo Pemberton-Ash", "GRANDSON", 30),
                    ("Choir (12)", "BACKGROUND", 90),
                ],
                "shots": [
                    ("1", "Crane down the west steps to the two of them on the bench", "1, 2"),
                    ("2", "Nave, low angle, choir rehearsing behind", "1, 2, 3"),
                    ("3", "Lawn, kite, end line and logo plate", "2"),
                ],
                "notes": [
                    "A service at 12:30 in the Lady Chapel: complete silence 12:25-13:15, "
                    "lunch then.",
                ],
                "mo_date": "Tue 20 October",
                "movement": [
                    (
                        "FROM LONDON",
                        [
                            "A3 south past the M25 (junction 10); leave the A3 at the "
                            "Guildford Cathedral / University exit and follow the signs up "
                            "Stag Hill, Guildford GU2 7UP.",
                        ],
                    ),
                    (
                        "PARKING",
                        [
                            "Crew vehicles in the cathedral visitor car park off Alresford "
                            "Road; tech trucks on the north drive by arrangement.",
                        ],
                    ),
                ],
                "ae_route": "From the car park: Egerton Road, 4 minutes.",
            },
        ),
        _apa(
            "lewescastle",
            "Bonfire Night",
            D(2026, 11, 3),
            "07:30",
            {
                "layout": "grid",
                "font": "helvetica",
                "time_style": "uk_am",
                "date_style": "uk_caps",
                "company": "Downland Productions Ltd",
                "company_addr": "9 Brunswick Place, Hove BN3 1EA  ·  01273 555 014",
                "job": "DP-1188",
                "client": "Harvey's Fireworks Safety Trust",
                "agency": "Cliffe & Co.",
                "director": "Sadie Mbeki",
                "producer": "Owen Tapp",
                # HARD: the crew travels the evening before; a hotel pick-up comes first
                "travel_label": "TRAVEL TO (day before)",
                "travel": "06:45",
                "travel_note": "hotel pick-up, Shelleys, High Street",
                "call_note": "on location",
                "set": "the keep, the barbican and the bowling green",
                "office_phone": "01273 555 014",
                "talent": [
                    ("Georgia Flint", "MUM", 0),
                    ("Alfie Rudd", "SON (licensed, chaperone Jo Rudd)", 60),
                ],
                "shots": [
                    ("1", "Barbican gate, family walks through with sparklers (unlit)", "1, 2"),
                    ("2", "Keep battlements, WS over the town at dusk", "1, 2"),
                ],
                "notes": [
                    "Child performer: licence on file; hours 09:00-16:30 only. No live "
                    "fireworks on site: all bursts are VFX.",
                ],
                "mo_date": "Travel day: Monday 2 November 2026",
                "movement": [
                    (
                        "MONDAY: LONDON TO LEWES",
                        [
                            "Train from London Victoria to Lewes, or A23 / A27 east to the "
                            "Lewes turn; hotel check-in from 16:00 at Shelleys, High Street.",
                        ],
                    ),
                    (
                        "TUESDAY: HOTEL TO LOCATION",
                        [
                            "Walk up the High Street to Lewes Castle, 169 High Street, Lewes "
                            "BN7 1YE; vehicles to the station car park, Station Road.",
                        ],
                    ),
                ],
                "ae_route": "A27 west to Brighton, about 20 minutes.",
            },
        ),
    ]


# --- (2) UK continuing drama / soap studio days: stages, sets, a location unit ---------------


def _soap(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)
    cy = g.get("welsh", False)

    def lab(en: str, welsh: str) -> str:
        return f"{welsh} / {en}" if cy else en

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=38.0)
        fill(c, x0, 30, right - x0, 34, 35)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 8, 46, title.upper(), 15, bold=True)
        c.text(x0 + 8, 58, g["strap"], 8)
        c.right(right - 8, 46, lab("STUDIO CALL SHEET", "TAFLEN ALW STIWDIO"), 10, bold=True)
        c.right(right - 8, 58, g["block"], 8)
        black(c)
        y = 84.0
        date_line = day_text(day, g["date_style"])
        if cy:
            date_line = f"{day_text(day, 'cy')} / {date_line}"
        rows = [
            (lab("Date", "Dyddiad"), date_line),
            (lab("Studio unit call", "Galwad uned stiwdio"), hm(call, t)),
            (lab("Rehearse / record from", "Ymarfer / recordio o"), hm(add_minutes(call, 30), t)),
            (lab("Lunch", "Cinio"), hm(add_minutes(call, 300), t)),
            (lab("Studio wrap", "Diwedd stiwdio"), hm(add_minutes(call, 630), t)),
            (lab("Sunrise / sunset", "Codiad / machlud haul"), f"{hm(rise, t)} / {hm(fall, t)}"),
            (lab("Studio", "Stiwdio"), f"{p.name}, {p.street}, {p.city}"),
            (lab("Parking", "Parcio"), f"{p.base_street}, {p.base_city}"),
            (
                lab("Nearest A&E", "Adran frys agosaf"),
                f"{p.hospital}, {p.hospital_street}, {p.hospital_city}, {p.hospital_phone}",
            ),
        ]
        vx = x0 + (205 if cy else 150)
        for k, v in rows:
            big = k.endswith("Studio unit call")
            fit(c, x0, y, k, 8.5, vx - x0 - 6, bold=True)
            fit(c, vx, y, v, 11 if big else 9, right - vx, bold=big)
            c.hline(x0, right, y + 4, 0.2)
            y += 15
        y += 10
        # the stages: each a shaded head with its sets and scenes under it
        for stage, sets, scenes in g["stages"]:
            fill(c, x0, y - 10, right - x0, 14, 205)
            c.text(x0 + 4, y, f"{stage}  -  {sets}", 8.5, bold=True)
            y += 14
            for sc, desc, pages, cast in scenes:
                c.text(x0 + 4, y, sc, 8)
                fit(c, x0 + 50, y, desc, 8, 300)
                c.text(x0 + 360, y, pages, 8)
                fit(c, x0 + 400, y, cast, 8, right - x0 - 404)
                y += 11.5
            y += 6
        # the location unit: its own day, another place
        fill(c, x0, y - 10, right - x0, 14, 160)
        y = titled_notes(
            c,
            x0 + 4,
            y,
            lab("LOCATION UNIT", "UNED LEOLIAD"),
            8.5,
            g["loc_unit"],
            8.5,
            right - x0 - 8,
            11,
            gap=15,
        )
        y += 8
        y = _table(
            c,
            x0,
            y,
            [lab("ARTIST", "ACTOR"), lab("CHARACTER", "CYMERIAD"), "M/U", lab("STAGE", "LLWYFAN")],
            [0, 150, 290, 360],
            [(a, b, hm(add_minutes(call, o), t), s) for a, b, o, s in g["cast"]],
            right,
        )
        y = titled_notes(c, x0, y, "NOTES", 8.5, g["notes"], 8, right - x0, 10.5)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"soap_{key}",
        "uk_soap_studio",
        "UK continuing drama studio day, A4: dark title band, 'Studio unit call', the studio's "
        "address, parking, nearest A&E, stages each with their sets and scenes, a LOCATION UNIT "
        "block for the other unit (Welsh / English labels at Aria)",
        make,
        expect(p, title, day, call, ""),
    )


def _soap_sheets() -> list[Sheet]:
    return [
        _soap(
            "maidstonestudios",
            "Medway Lane",
            D(2026, 10, 15),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "bare",
                "date_style": "uk_plain",
                "strap": "Continuing drama  ·  Episodes 1042-1045",
                "block": "Block 261  ·  Studio day 3 of 5",
                "stages": [
                    (
                        "STUDIO 1",
                        "The Anchor (bar, snug), Ford's Garage",
                        [
                            ("1042/4", "INT. THE ANCHOR - BAR. Day", "2 1/8", "Carol, Dev, Nat"),
                            ("1042/9", "INT. THE ANCHOR - SNUG. Day", "1 4/8", "Carol, Reg"),
                            ("1043/2", "INT. FORD'S GARAGE. Day", "1 2/8", "Dev, Kyle"),
                        ],
                    ),
                    (
                        "STUDIO 2",
                        "No. 14 (kitchen, front room)",
                        [
                            ("1044/6", "INT. NO. 14 - KITCHEN. Night", "2", "Nat, Ivy"),
                            ("1045/1", "INT. NO. 14 - FRONT ROOM. Night", "7/8", "Ivy"),
                        ],
                    ),
                    (
                        "STUDIO 5",
                        "Medical centre (reception, consulting room)",
                        [("1043/7", "INT. MEDICAL CENTRE - RECEPTION. Day", "1 1/8", "Reg")],
                    ),
                ],
                "loc_unit": [
                    "Location unit shoots eps 1044-1045 exteriors in Mote Park today: see its "
                    "own call sheet. Artists moving between units travel with the 2nd AD.",
                ],
                "cast": [
                    ("Linda Hale", "CAROL FORD", 0, "1"),
                    ("Dev Sandhu", "DEV", 0, "1"),
                    ("Grace Obi", "NAT", 60, "1, 2"),
                    ("Peter Quill", "REG", 30, "1, 5"),
                    ("Ava Lumb", "IVY", 240, "2"),
                ],
                "notes": [
                    "Recording light on means silence in the corridor between Studios 1 and 2.",
                ],
                "footer": "Medway Lane  ·  Studio call sheet  ·  Block 261",
            },
        ),
        _soap(
            "northernstudios",
            "Headland",
            D(2026, 10, 22),
            "08:00",
            {
                "font": "sans",
                "time_style": "military",
                "date_style": "uk_abbr",
                "strap": "Continuing drama for daytime  ·  Eps 311-314",
                "block": "Block 78  ·  Day 4",
                "stages": [
                    (
                        "STAGE A",
                        "Headland Hotel (lobby, bar), Marina office",
                        [
                            ("311/3", "INT. HOTEL LOBBY. Day", "1 6/8", "Jan, Colin"),
                            ("312/5", "INT. HOTEL BAR. Evening", "2 2/8", "Jan, Shaz, Colin"),
                            ("313/1", "INT. MARINA OFFICE. Day", "1", "Mick"),
                        ],
                    ),
                    (
                        "STAGE B",
                        "Shaz's flat, police station (interview room)",
                        [
                            ("312/8", "INT. SHAZ'S FLAT. Night", "1 3/8", "Shaz"),
                            ("314/2", "INT. POLICE STATION - INTERVIEW. Day", "2", "Mick, DS Bell"),
                        ],
                    ),
                ],
                # HARD: the location unit prints its own address and its own, later call
                "loc_unit": [
                    "Location unit call 0900 at the Heugh Battery Museum, Moor Terrace, "
                    "Hartlepool TS24 0PS (eps 313-314 exteriors, 2nd unit director Ann Kemp).",
                ],
                "cast": [
                    ("Janet Pryor", "JAN", 0, "A"),
                    ("Colin Mather", "COLIN", 30, "A"),
                    ("Sharon Teal", "SHAZ", 60, "A, B"),
                    ("Mick Dunn", "MICK", 120, "A, B"),
                    ("Alan Rowe", "DS BELL", 300, "B"),
                ],
                "notes": [
                    "Stage B fire doors stay closed during takes. Artists on the location unit "
                    "are not called to the studio today.",
                ],
                "footer": "Headland  ·  Studio call sheet  ·  Block 78 Day 4",
            },
        ),
        _soap(
            "aria",
            "Pen y Bont",
            D(2026, 11, 5),
            "07:45",
            {
                "welsh": True,
                "font": "sans",
                "time_style": "h24",
                "date_style": "uk_plain",
                "strap": "Drama parhaus / continuing drama  ·  Penodau / Eps 88-91",
                "block": "Bloc / Block 22  ·  Diwrnod / Day 2",
                "stages": [
                    (
                        "LLWYFAN 1 / STAGE 1",
                        "Caffi'r Bont (cegin, cownter), Siop Elis",
                        [
                            ("88/2", "MEWN. CAFFI'R BONT - COWNTER. Dydd", "1 5/8", "Nia, Huw"),
                            ("89/4", "MEWN. CAFFI'R BONT - CEGIN. Dydd", "1", "Nia"),
                            ("90/1", "MEWN. SIOP ELIS. Dydd", "1 3/8", "Elis, Gwen"),
                        ],
                    ),
                    (
                        "LLWYFAN 2 / STAGE 2",
                        "Tŷ Gwen (lolfa), ysgol / school corridor",
                        [("91/3", "MEWN. TŶ GWEN - LOLFA. Nos", "2 1/8", "Gwen, Huw")],
                    ),
                ],
                "loc_unit": [
                    "Uned leoliad / location unit: Porthaethwy (Menai Bridge) prom, penodau / "
                    "eps 90-91, gweler ei daflen alw / see its own call sheet.",
                ],
                "cast": [
                    ("Nia Rowlands", "NIA", 0, "1"),
                    ("Huw Parry", "HUW", 15, "1, 2"),
                    ("Elis Jones", "ELIS", 150, "1"),
                    ("Gwen Morris", "GWEN", 150, "1, 2"),
                ],
                "notes": [
                    "Set iaith Gymraeg / Welsh-language set: Cymraeg ar y llawr os gwelwch yn "
                    "dda. Coffi yn y ffreutur o 07:15.",
                ],
                "footer": "Pen y Bont  ·  Taflen alw stiwdio / studio call sheet  ·  Bloc 22",
            },
        ),
    ]


# --- (3) UK natural-history / factual shoots: RV POINT, risk line, dawn calls ---------------


def _nh(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, lay = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=42.0)
        c.text(x0, 46, g["company"], 9, bold=True)
        c.right(right, 46, g["channel"], 9)
        centre(c, 74, title, 16)
        centre(c, 88, f"{g['episode']}  -  FILMING CALL SHEET", 9, bold=False)
        c.hline(x0, right, 96, 0.8)
        y = 116.0
        rv = f"{p.base_street}, {p.base_city}"
        facts = [
            ("DATE", day_text(day, g["date_style"])),
            *g.get("pre", []),
            (g["call_label"], hm(call, t)),
            ("RV POINT", f"{rv}  ({g['rv_ref']})"),
            ("LOCATION", f"{p.name}, {p.street}, {p.city}"),
            ("FILMING", g["filming"]),
            ("FIRST LIGHT / SUNRISE", f"{hm(g['first_light'], t)} / {hm(rise, t)}"),
            ("SUNSET", hm(fall, t)),
            ("WEATHER", g["weather"]),
            ("RISK", g["risk"]),
            ("NEAREST A&E", f"{p.hospital}, {p.hospital_address}, {p.hospital_phone}"),
        ]
        if lay == "boxed":
            c.box(x0, y - 12, right - x0, 16 * len(facts) + 6, 0.7)
            c.vline(x0 + 130, y - 12, y - 6 + 16 * len(facts), 0.4)
        for lab, val in facts:
            big = lab == g["call_label"]
            c.text(x0 + 5, y, lab, 8, bold=True)
            fit(c, x0 + 138, y, val, 11 if big else 9, right - x0 - 143, bold=big)
            if lay == "boxed":
                c.hline(x0, right, y + 4, 0.2)
            y += 16
        y += 14
        y = stacked_tables(
            c,
            x0,
            y,
            right,
            [
                (
                    ["TIME", "SCHEDULE", "WHO"],
                    [0, 60, 390],
                    timed_rows(g["schedule"], call, partial(hm, style=t)),
                ),
                (["CREW", "ROLE", "MOBILE"], [0, 160, 330], g["crew"]),
            ],
            gap=2,
            size=8,
            lead=12.5,
        )
        y = titled_notes(c, x0, y, "ACCESS & WELFARE", 8.5, g["notes"], 8, right - x0, 10.5)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"nh_{key}",
        "uk_factual_nh",
        "UK natural-history / factual filming call sheet, A4: the call at an RV POINT (car park "
        "with a grid reference) instead of a unit base, the site as LOCATION, first light and "
        f"sunrise, a RISK line, NEAREST A&E, a timed schedule and crew mobiles; layout '{lay}'",
        make,
        expect(p, title, day, call, ""),
    )


def _nh_sheets() -> list[Sheet]:
    return [
        _nh(
            "whinlatter",
            "Wild Fells",
            D(2026, 10, 15),
            "06:00",
            {
                "layout": "boxed",
                "font": "helvetica",
                "time_style": "military",
                "date_style": "uk_plain",
                "company": "Skiddaw Natural History Unit",
                "channel": "for BBC Two",
                "episode": "Ep 3 'Autumn Forest'",
                "call_label": "CREW CALL AT RV",
                "rv_ref": "OS NY 265 228",
                "filming": "red squirrels at the feeding station, then the osprey viewpoint",
                "first_light": "07:08",
                "weather": "Dry, light W wind, 6°C at dawn",
                "risk": "MEDIUM: forest tracks, steep ground at the viewpoint (RA v2 attached)",
                "schedule": [
                    (0, "RV at Lakeside car park, load the 4x4", "All"),
                    (30, "Drive to Whinlatter, set up the squirrel hide", "Cam, sound"),
                    (60, "Hide filming (silent, no torches after first light)", "Cam"),
                    (300, "Lunch at the visitor centre cafe", "All"),
                    (360, "Viewpoint GVs and pieces to camera", "All"),
                ],
                "crew": [
                    ("Nell Hartley", "Producer / director", "07700 900 412"),
                    ("Sam Brockbank", "Camera", "07700 900 533"),
                    ("Ade Kirkby", "Sound / safety", "07700 900 617"),
                ],
                "notes": [
                    "Forestry England permit held. Mobile signal patchy above the visitor "
                    "centre: radios channel 3.",
                ],
                "footer": "Wild Fells  ·  Filming call sheet  ·  Skiddaw NHU",
            },
        ),
        _nh(
            "greatorme",
            "Island Coast",
            D(2026, 10, 27),
            "06:30",
            {
                "layout": "plain",
                "font": "sans",
                "time_style": "uk_am",
                "date_style": "uk_abbr",
                "company": "Creuddyn Films",
                "channel": "for S4C / Channel 4",
                "episode": "Prog 2 'The Orme'",
                "call_label": "CALL (at RV)",
                "rv_ref": "what3words ///rounds.basin.vital",
                "filming": "Kashmiri goats on the cliffs, seabird ledges, summit timelapse",
                # HARD: the crew's hotel departure is printed first, before the call
                "pre": [("DEPART HOTEL", "5.50am, St Tudno Hotel, North Parade")],
                "first_light": "06:32",
                "weather": "Bright, gusting 30 mph on the summit",
                "risk": "HIGH: cliff edges: harnesses and rope line on the ledges, no lone work",
                "schedule": [
                    (0, "RV Happy Valley car park, kit check", "All"),
                    (45, "Tramway road to the summit (4x4)", "All"),
                    (75, "Goats on the west cliffs, long lens", "Cam, guide"),
                    (330, "Lunch, summit complex", "All"),
                    (390, "Seabird ledges with the RSPB warden", "Cam, sound, warden"),
                ],
                "crew": [
                    ("Elin Haf", "Series producer", "07700 900 221"),
                    ("Dylan Rhys", "Camera", "07700 900 348"),
                    ("Mo Evans", "Rope access / safety", "07700 900 902"),
                ],
                "notes": [
                    "Conwy County Council filming permit. Keep 50 m from the goats; no drone "
                    "over the nesting ledges.",
                ],
                "footer": "Island Coast  ·  Call sheet  ·  Creuddyn Films",
            },
        ),
        _nh(
            "hamwall",
            "Winter Wings",
            D(2026, 11, 12),
            "14:30",
            {
                "layout": "boxed",
                "font": "helvetica",
                "time_style": "h24",
                "date_style": "uk_dots",
                "company": "Levels & Moors TV",
                "channel": "for Channel 5",
                "episode": "Episode 1 'The Murmuration'",
                "call_label": "UNIT CALL @ RV",
                "rv_ref": "OS ST 446 414",
                "filming": "starling murmuration at dusk from the viewing platforms",
                "first_light": "06:50",
                "weather": "Cloudy, calm, 8°C, dry by 15:00",
                "risk": "LOW: flat paths, open water beside the track; hi-vis after dark",
                "schedule": [
                    (0, "RV at the Avalon Marshes Centre, briefing with the warden", "All"),
                    (30, "Walk in along the old railway line, rig platform 1", "All"),
                    (90, "Dusk: the murmuration (two cameras)", "Cam A, Cam B"),
                    (180, "Walk out with head torches, wrap", "All"),
                ],
                "crew": [
                    ("Rosa Quinlan", "Director", "07700 900 104"),
                    ("Ben Atwell", "Camera A", "07700 900 215"),
                    ("Kit Farrow", "Camera B", "07700 900 326"),
                ],
                "notes": [
                    "Public on the platforms at dusk: no tripods across the path. Toilets at the "
                    "Avalon Marshes Centre only.",
                ],
                "footer": "Winter Wings  ·  Call sheet  ·  Levels & Moors TV",
            },
        ),
    ]


# --- (4) Australian TVC one-pagers: CREW PARKING, state postcodes, "6:45am" -----------------


def _au(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, lay = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=36.0)
        letterhead(
            c,
            x0,
            right,
            (44, 55),
            (g["company"], 12, g["company_addr"], 7.5),
            ("TVC CALL SHEET", 12, day_text(day, g["date_style"]), 9),
            rule=(62, 1.0),
        )
        y = 82.0
        c.text(x0, y, title, 15, bold=True)
        y += 14
        c.text(x0, y, g["job_line"], 8.5)
        y += 20
        times = [
            *g.get("pre", []),
            ("Crew call", hm(call, t)),
            ("Talent call", hm(add_minutes(call, g["talent_after"]), t)),
            ("First shot", hm(add_minutes(call, 90), t)),
            ("Lunch", hm(add_minutes(call, 330), t)),
            ("Est. wrap", hm(add_minutes(call, 630), t)),
            ("Sunrise / sunset", f"{hm(rise, t)} / {hm(fall, t)}"),
        ]
        places = [
            ("LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("CREW PARKING", [p.base_street, p.base_city, *g["parking_note"]]),
            ("NEAREST HOSPITAL (EMERGENCY)", hospital_lines(p)),
        ]
        if lay == "columns":
            # the times in a ruled column on the left, the places in a column on the right
            lw = 200.0
            yy = y
            for lab, val in times:
                big = lab == "Crew call"
                c.text(x0, yy, lab, 9, bold=True)
                c.right(x0 + lw, yy, val, 12 if big else 9, bold=big)
                c.hline(x0, x0 + lw, yy + 5, 0.3)
                yy += 18
            yp = y - 10
            for lab, lines in places:
                h = 16 + 11 * len(lines)
                c.box(x0 + lw + 16, yp, right - x0 - lw - 16, h, 0.6)
                cell(c, x0 + lw + 16, yp, right - x0 - lw - 16, lab, lines, label_size=7.5)
                yp += h + 5
            y = max(yy, yp) + 14
        else:
            # a strip of time cells across the page, the places in three boxes under it
            n = len(times)
            cw = (right - x0) / n
            for k, (lab, val) in enumerate(times):
                xx = x0 + k * cw
                big = lab == "Crew call"
                fill(c, xx, y - 10, cw, 13, 40 if big else 215)
                if big:
                    c.pdf.set_text_color(255, 255, 255)
                fit(c, xx + 3, y, lab.upper(), 7, cw - 6, bold=True)
                black(c)
                c.box(xx, y - 10, cw, 36, 0.5)
                fit(c, xx + 3, y + 18, val, 11 if big else 8.5, cw - 6, bold=big)
            y += 40
            bw = (right - x0) / 3
            boxed_cells(c, x0, y, bw, places, 70, size=8, label_size=7)
            y += 88
        c.text(x0, y, "Emergency: 000  ·  " + g["safety"], 8.5, bold=True)
        y += 18
        y = stacked_tables(
            c,
            x0,
            y,
            right,
            [
                (["SHOT", "DESCRIPTION", "TALENT", "INT/EXT"], [0, 40, 380, 460], g["shots"]),
                (
                    ["DEPT", "NAME", "MOBILE", "CALL"],
                    [0, 110, 260, 380],
                    [(a, b, m, hm(add_minutes(call, o), t)) for a, b, m, o in g["crew"]],
                ),
            ],
            gap=2,
            size=8,
            lead=12.5,
        )
        y = paragraphs(c, x0, y, g["notes"], 8, right - x0, 10.5)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"au_{key}",
        "au_tvc",
        "Australian TVC one-pager, A4: 'Pty Ltd' company, 'TVC CALL SHEET' with the date right "
        "('Thursday 15 October 2026', 'Thu 22/10/2026'), job line, Crew call among talent call / "
        "first shot / lunch / wrap, LOCATION, CREW PARKING, NEAREST HOSPITAL (EMERGENCY) with "
        f"'Orange NSW 2800' / 'Mandurah WA 6210', emergency 000; layout '{lay}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _au_sheets() -> list[Sheet]:
    return [
        _au(
            "orangemuseum",
            "Harvest Table",
            D(2026, 10, 15),
            "06:45",
            {
                "layout": "columns",
                "font": "helvetica",
                "time_style": "au_am",
                "date_style": "au_long",
                "company": "Canobolas Pictures Pty Ltd",
                "company_addr": "2/40 Summer Street, Orange NSW 2800  ·  ABN 51 824 753 556",
                "job_line": "Client: Central West Growers  ·  Agency: Paddock & Co.  ·  Job 2607 "
                "·  30s + 15s",
                "talent_after": 45,
                "set": "museum forecourt and the long table on the lawn",
                "parking_note": ["(5 min walk, no parking in Byng St)"],
                "safety": "First aid: Sue Lang (unit)",
                "shots": [
                    ("1", "Hero long table, families arrive, WS crane", "All", "EXT"),
                    ("2", "Close-ups of produce, apples and cherries", "-", "EXT"),
                    ("3", "Museum foyer, kids at the window", "Kids x2", "INT"),
                ],
                "crew": [
                    ("Production", "Mel Daintree", "0412 555 018", 0),
                    ("Camera", "Raj Iyer", "0412 555 144", -30),
                    ("Art", "Bea Colless", "0412 555 207", -60),
                ],
                "notes": [
                    "UV extreme from 10:30am: hats and sunscreen at the unit table.",
                ],
                "footer": "Harvest Table  ·  TVC call sheet  ·  Canobolas Pictures Pty Ltd",
            },
        ),
        _au(
            "scenicworld",
            "Up in the Blue",
            D(2026, 10, 22),
            "05:30",
            {
                "layout": "strip",
                "font": "sans",
                "time_style": "h24",
                "date_style": "au_slash",
                "company": "Jamison Valley Films Pty Ltd",
                "company_addr": "Level 1, 22 Bathurst Road, Katoomba NSW 2780",
                "job_line": "Client: Blue Mountains Tourism  ·  Agency: Echo Point Creative  ·  "
                "Job BMT-114",
                "talent_after": 60,
                "set": "Skyway cabin and the Cliff Drive lookout",
                # HARD: a pre-light crew call comes before the crew call in the strip
                "pre": [("Pre-light crew", "04:45")],
                "parking_note": [],
                "safety": "Cliff edge: harness zone past the yellow line",
                "shots": [
                    ("1", "Skyway cabin, sunrise through the glass floor", "Couple", "INT"),
                    ("2", "Lookout, Three Sisters behind, hero line", "Couple", "EXT"),
                ],
                "crew": [
                    ("Production", "Lachlan Brough", "0433 555 290", 0),
                    ("Camera", "Tamsin Ng", "0433 555 371", -45),
                    ("Grip", "Joel Pettit", "0433 555 486", -45),
                ],
                "notes": [
                    "Skyway runs for us 5:30-8:30am only, before the park opens at 9:00am.",
                ],
                "footer": "Up in the Blue  ·  TVC call sheet  ·  Jamison Valley Films",
            },
        ),
        _au(
            "manpac",
            "Dolphin Bay Homes",
            D(2026, 11, 3),
            "07:00",
            {
                "layout": "columns",
                "font": "helvetica",
                "time_style": "military",
                "date_style": "uk_plain",
                "company": "Peel Street Productions Pty Ltd",
                "company_addr": "14 Sholl Street, Mandurah WA 6210  ·  08 9555 0163",
                "job_line": "Client: Dolphin Bay Homes  ·  Agency: Estuary Digital  ·  Job "
                "PSP-0419  ·  30s TVC + social cut-downs",
                "talent_after": 30,
                "set": "foyer, boardwalk and the estuary steps",
                "parking_note": ["Trucks: loading dock off Ormsby Tce"],
                "safety": "Water's edge: PFDs for the boardwalk set-up",
                "shots": [
                    ("1", "Boardwalk, family with fish and chips, sunset look", "All", "EXT"),
                    ("2", "Foyer, couple signing, keys handed over", "Couple", "INT"),
                    ("3", "Estuary steps, dolphins (plates)", "-", "EXT"),
                ],
                "crew": [
                    ("Production", "Kirra Walsh", "0401 555 672", 0),
                    ("Camera", "Hugo Brandt", "0401 555 783", -30),
                ],
                "notes": [
                    "Dolphins are not guaranteed: the plate unit stays on the steps till 1600.",
                ],
                "footer": "Dolphin Bay Homes  ·  Call sheet  ·  Peel Street Productions",
            },
        ),
    ]


# --- (5) New Zealand features: UNIT BASE, NEAREST HOSPITAL (ED), "Thu 15/10/26" ---------------


def _nz(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, lay = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=34.0)
        bw = (right - x0) / 3
        top = 34.0
        for k in range(3):
            c.box(x0 + k * bw, top, bw, 78, 0.8)
        # left: the production and its people
        c.text(x0 + 6, top + 14, g["company"], 8, bold=True)
        for i, ln in enumerate(g["people"]):
            fit(c, x0 + 6, top + 28 + 11 * i, ln, 7.5, bw - 12)
        # centre: title, date, day count
        mid = x0 + bw
        c.text(mid + (bw - measure(c, title, 14, bold=True)) / 2, top + 22, title, 14, bold=True)
        d = day_text(day, g["date_style"])
        c.text(mid + (bw - measure(c, d, 10, bold=True)) / 2, top + 42, d, 10, bold=True)
        c.text(mid + (bw - measure(c, g["day_of"], 8.5)) / 2, top + 56, g["day_of"], 8.5)
        c.text(mid + (bw - measure(c, "CALL SHEET", 8.5)) / 2, top + 70, "CALL SHEET", 8.5)
        # right: the unit call large, sun and weather under it
        rx = x0 + 2 * bw
        c.text(rx + 6, top + 14, "UNIT CALL", 8, bold=True)
        c.text(rx + 6, top + 38, hm(call, t), 22, bold=True)
        c.text(rx + 6, top + 54, f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}", 7.5)
        fit(c, rx + 6, top + 66, g["weather"], 7.5, bw - 12)
        y = top + 98
        blocks = [
            ("LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("UNIT BASE", [p.base_street, p.base_city, *g["base_note"]]),
            ("NEAREST HOSPITAL (ED)", hospital_lines(p)),
        ]
        if lay == "row":
            for k, (h, lines) in enumerate(blocks):
                fill(c, x0 + k * bw, y, bw, 13, 200)
                c.box(x0 + k * bw, y, bw, 66, 0.6)
                cell(c, x0 + k * bw, y, bw, h, lines, label_size=7.5, size=8)
            y += 84
        else:
            for h, lines in blocks:
                c.text(x0, y, h, 8, bold=True)
                fit(c, x0 + 120, y, ", ".join(lines), 8.5, right - x0 - 120)
                c.hline(x0, right, y + 4, 0.2)
                y += 15
            y += 10
        c.text(x0, y, "EMERGENCY 111  ·  Unit medic: " + g["medic"], 8.5, bold=True)
        y += 18
        y = stacked_tables(
            c,
            x0,
            y,
            right,
            [
                (["SC", "SET", "D/N", "PGS", "CAST"], [0, 36, 330, 370, 420], g["scenes"]),
                (
                    ["#", "ARTIST", "CHARACTER", "P/UP", "H/MU", "SET"],
                    [0, 20, 150, 270, 340, 420],
                    cast_times(g["cast"], call, partial(hm, style=t), (-30, 0, 60), numbered=True),
                ),
            ],
            gap=2,
            size=8,
            lead=12.5,
            ruled=True,
        )
        y = titled_notes(c, x0, y, "NOTES", 8.5, g["notes"], 8, right - x0, 10.5)
        if g.get("advance"):
            # HARD: tomorrow's advance schedule, its own date and call, at the foot
            y += 6
            fill(c, x0, y - 10, right - x0, 14, 225)
            c.text(x0 + 4, y, "ADVANCE SCHEDULE", 8.5, bold=True)
            y += 15
            y = paragraphs(c, x0, y, g["advance"], 8, right - x0, 10.5)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"nz_{key}",
        "nz_feature",
        "New Zealand feature call sheet, A4: three header boxes (company and people; title, "
        "'Thu 15/10/26', day count; UNIT CALL large with sun and weather), LOCATION, UNIT BASE, "
        f"NEAREST HOSPITAL (ED), emergency 111, ruled scenes and cast tables; layout '{lay}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _nz_sheets() -> list[Sheet]:
    return [
        _nz(
            "mtg",
            "The Shaking Year",
            D(2026, 10, 15),
            "06:45",
            {
                "layout": "row",
                "font": "helvetica",
                "time_style": "h24",
                "date_style": "nz_short",
                "company": "Ahuriri Films Ltd",
                "people": [
                    "Producer: Mere Tapsell",
                    "Director: Callum Reid",
                    "1st AD: Hana Whaanga",
                    "Prod. office: 06 555 0148",
                ],
                "day_of": "Day 12 of 34",
                "weather": "Fine, NW 15 km/h, 9° / 21°",
                "set": "museum foyer and the 1931 gallery",
                "base_note": ["(catering and trucks)"],
                "medic": "Tui Harper 021 555 0187",
                "scenes": [
                    ("41", "INT. MUSEUM - FOYER (1931)", "D", "2 3/8", "1, 2"),
                    ("42", "INT. GALLERY - AFTER THE QUAKE", "D", "1 5/8", "1, 3, 4"),
                ],
                "cast": [
                    ("Aroha Ngata", "EVIE", 0),
                    ("Jonty Hale", "ARCHIE", 30),
                    ("Wiremu Kerr", "TOM", 90),
                ],
                "notes": [
                    "Museum closed to the public for us until 12:00. Dust effects in sc. 42: "
                    "masks for crew inside the gallery.",
                ],
                "footer": "The Shaking Year  ·  Call sheet  ·  Ahuriri Films Ltd",
            },
        ),
        _nz(
            "shantytown",
            "Gold on the Grey",
            D(2026, 10, 22),
            "07:00",
            {
                "layout": "lines",
                "font": "sans",
                "time_style": "military",
                "date_style": "nz_short",
                "company": "Rapahoe Pictures Ltd",
                "people": [
                    "Producers: Ana Rākena, Jim Buller",
                    "Director: Sofia Marsh",
                    "1st AD: Pete Lyall",
                ],
                "day_of": "Day 5 of 28",
                "weather": "Showers clearing, 7° / 15°",
                "set": "main street, the gaol and the sawmill",
                "base_note": ["(trucks off the road by 0630)"],
                "medic": "Lena Frost 027 555 0312",
                "scenes": [
                    ("17", "EXT. GOLDFIELDS MAIN STREET", "D", "2 6/8", "1, 2, BG"),
                    ("18", "INT. GAOL", "D", "1 1/8", "2, 5"),
                    ("23", "EXT. SAWMILL", "D", "1 4/8", "1, 3"),
                ],
                "cast": [
                    ("Tom Kerrigan", "MICK", 0),
                    ("Isla Brennan", "MAGGIE", 15),
                    ("Rawiri Paki", "TAMA", 60),
                ],
                "notes": [
                    "Steam train runs through the set at 11:00 and 14:00: hold for it, not across "
                    "the line.",
                ],
                # HARD: tomorrow's day at the foot, with its own date and call
                "advance": [
                    "Fri 23/10/26  ·  Day 6  ·  Unit call 0630  ·  Shantytown: sluice and "
                    "the church, sc. 24-27.",
                ],
                "footer": "Gold on the Grey  ·  Call sheet  ·  Rapahoe Pictures",
            },
        ),
        _nz(
            "dowse",
            "Hutt Valley Lines",
            D(2026, 11, 5),
            "07:30",
            {
                "layout": "lines",
                "font": "helvetica",
                "time_style": "au_am",
                "date_style": "nz_short",
                "company": "Waiwhetū Films Ltd",
                "people": [
                    "Producer: Keri Walden",
                    "Director: Ofa Tuipulotu",
                    "1st AD: Dan Meech",
                ],
                "day_of": "Day 19 of 30",
                "weather": "Wellington northerly, 12° / 18°",
                "set": "gallery 3 and the front steps",
                "base_note": [],
                "medic": "Sione Latu 022 555 0461",
                "scenes": [
                    ("60", "INT. GALLERY 3 - OPENING NIGHT", "N", "3", "1, 2, 6, BG"),
                    ("61", "EXT. GALLERY STEPS", "N", "7/8", "1, 2"),
                ],
                "cast": [
                    ("Mele Fifita", "LOSA", 0),
                    ("Harry Tane", "BEN", 45),
                ],
                "notes": [
                    "Night-for-night from 6:00pm: blackout on the gallery windows by 5:00pm.",
                ],
                "footer": "Hutt Valley Lines  ·  Call sheet  ·  Waiwhetū Films Ltd",
            },
        ),
    ]


# --- (6) Irish-language TG4-style drama: Irish labels first, Irish date, "7.30 r.n." ----------


def _ga(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, lay = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", "sans", margin=40.0)
        c.text(x0, 44, g["company"], 9, bold=True)
        grey_text(c, x0, 55, g["for"], 7.5, 100)
        c.right(right, 44, "BILEOG GHLAOITE", 11, bold=True)
        grey(c, 100)
        c.right(right, 55, "call sheet", 7.5)
        black(c)
        centre(c, 84, title, 17)
        centre(c, 98, g["episode"], 9, bold=False)
        c.hline(x0, right, 106, 0.8)
        y = 128.0
        date_line = day_text(day, "ga")
        if not g.get("irish_only"):
            date_line += f"  ·  {day_text(day, g['date_style'])}"
        rows = [
            ("Dáta", "date", date_line),
            ("Lá", "shoot day", g["day_of"]),
            ("Glao aonaid", "unit call", hm(call, t)),
            ("Bricfeasta", "breakfast", hm(add_minutes(call, -45), t)),
            ("Lón", "lunch", hm(add_minutes(call, 315), t)),
            ("Éirí / luí na gréine", "sunrise / sunset", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("Suíomh", "location", f"{p.name}, {p.street}, {p.city}"),
            ("Seit", "set", g["set"]),
            ("Bonn aonaid", "unit base", f"{p.base_street}, {p.base_city}"),
            (
                "Ospidéal is gaire (A&E)",
                "nearest hospital",
                f"{p.hospital}, {p.hospital_street}, {p.hospital_city}, {p.hospital_phone}",
            ),
        ]
        for ga, en, val in rows:
            big = en == "unit call"
            c.text(x0, y, ga, 9, bold=True)
            if lay == "under":
                grey_text(c, x0, y + 9, en, 6.5)
                step = 22
            else:
                grey_text(c, x0 + 125, y, en, 7)
                step = 16
            vx = x0 + (130 if lay == "under" else 200)
            fit(c, vx, y, val, 12 if big else 9, right - vx, bold=big)
            c.hline(x0, right, y + step - 11, 0.2)
            y += step
        y += 10
        c.text(x0, y, "Éigeandáil / emergency: 112 nó 999", 8.5, bold=True)
        y += 18
        y = stacked_tables(
            c,
            x0,
            y,
            right,
            [
                (
                    ["RADHARC", "SEIT / SET", "L/O", "LCH", "FOIREANN / CAST"],
                    [0, 55, 320, 360, 400],
                    g["scenes"],
                ),
                (
                    ["AISTEOIR", "CARACHTAR", "SMIDEADH / MU", "AR AN SEIT / ON SET"],
                    [0, 140, 270, 380],
                    [
                        (a, b, hm(add_minutes(call, o), t), hm(add_minutes(call, o + 60), t))
                        for a, b, o in g["cast"]
                    ],
                ),
            ],
            gap=2,
            size=8,
            lead=12.5,
        )
        y = titled_notes(c, x0, y, "NÓTAÍ / NOTES", 8.5, g["notes"], 8, right - x0, 10.5)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"ga_{key}",
        "ie_tg4_bilingual",
        "Irish-language drama sheet for TG4, A4: 'BILEOG GHLAOITE' with the English in small "
        "grey type, Irish labels first (Dáta, Glao aonaid, Suíomh, Bonn aonaid, Ospidéal is "
        "gaire), the Irish date ('Déardaoin 15 Deireadh Fómhair 2026'), '7.30 r.n.' on one; "
        f"layout '{lay}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ga_sheets() -> list[Sheet]:
    return [
        _ga(
            "muckross",
            "An Loch Íochtair",
            D(2026, 10, 15),
            "07:30",
            {
                "layout": "under",
                "time_style": "ga",
                "date_style": "uk_plain",
                "company": "Léiriúcháin Chiarraí Teo.",
                "for": "do TG4, le tacaíocht ó Fhís Éireann / Screen Ireland",
                "episode": "Sraith 1, Eipeasóid 3  ·  Series 1, Episode 3",
                "day_of": "Lá 9 as 30 / Day 9 of 30",
                "set": "the library, the kitchens and the lakeshore lawn",
                "scenes": [
                    ("14", "INT. TEACH MHUCRAIS - LEABHARLANN", "L", "2 1/8", "1, 2"),
                    ("15", "INT. NA CISTINÍ", "L", "1 3/8", "2, 4"),
                    ("19", "EXT. BRUACH AN LOCHA", "L", "7/8", "1"),
                ],
                "cast": [
                    ("Áine Ní Shé", "NÓRA", 0),
                    ("Tadhg Ó Conchúir", "PEADAR", 30),
                    ("Síle Breathnach", "BEAN AN TÍ", 90),
                ],
                "notes": [
                    "Tá an teach ar oscailt don phobal ó 9.00 r.n.: ciúnas sa halla. / The house "
                    "opens to the public at 9.00 a.m.: quiet in the hall.",
                ],
                "footer": "An Loch Íochtair  ·  Bileog ghlaoite  ·  Léiriúcháin Chiarraí Teo.",
            },
        ),
        _ga(
            "charlesfort",
            "Cuan Chionn tSáile",
            D(2026, 10, 22),
            "08:00",
            {
                "layout": "beside",
                "time_style": "h24",
                "date_style": "uk_plain",
                # HARD: the date only in Irish
                "irish_only": True,
                "company": "Scannáin an Chuain Teo.",
                "for": "do TG4",
                "episode": "Eipeasóid 5  ·  Episode 5",
                "day_of": "Lá 14 / Day 14",
                "set": "the ramparts and the governor's house",
                "scenes": [
                    ("32", "EXT. AN DÚN - NA BALLAÍ", "L", "1 6/8", "1, 3"),
                    ("33", "INT. TEACH AN GHOBHARNÓRA", "L", "2 2/8", "1, 2, 5"),
                ],
                "cast": [
                    ("Eoin Mac Cárthaigh", "CAPTAEN BARRY", 0),
                    ("Róisín Ní Mhurchú", "ÉILIS", 45),
                ],
                "notes": [
                    "Gaoth láidir ar na ballaí: éadaí teo. / Strong wind on the ramparts: warm "
                    "layers.",
                ],
                "footer": "Cuan Chionn tSáile  ·  Bileog ghlaoite 14",
            },
        ),
        _ga(
            "belvedere",
            "Teach an Iarla",
            D(2026, 11, 5),
            "07:00",
            {
                "layout": "beside",
                "time_style": "military",
                "date_style": "uk_abbr",
                "company": "Léiriúcháin Lár na Tíre",
                "for": "do TG4 agus RTÉ",
                "episode": "Sraith 2  ·  Bloc 1, Lá 6",
                "day_of": "Lá 6 as 24 / Day 6 of 24",
                "set": "the drawing room and the Jealous Wall",
                "scenes": [
                    ("21", "INT. SEOMRA SUÍ", "L", "2 4/8", "1, 2"),
                    ("22", "EXT. AN BALLA FORMADTACH", "O", "1", "1, 3"),
                ],
                "cast": [
                    ("Niamh Ní Loingsigh", "MÁIRE", 0),
                    ("Cian Ó Dálaigh", "AN TIARNA", 60),
                    ("Pól de Búrca", "SEARBHÓNTA", 120),
                ],
                "notes": [
                    "Radharc oíche 22 ag 1700. / Night scene 22 at 1700.",
                ],
                "footer": "Teach an Iarla  ·  Bileog ghlaoite  ·  Lár na Tíre",
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets -------------------------------


def _parking_suspension() -> bytes:
    """A council's street notice suspending parking bays for filming: dates, hours, a street."""
    c, x0, right = page("A4", "helvetica", margin=50.0)
    fill(c, x0, 40, right - x0, 60, 250)
    c.box(x0, 40, right - x0, 60, 2.0)
    centre(c, 66, "GUILDFORD BOROUGH COUNCIL", 15)
    centre(c, 86, "TEMPORARY SUSPENSION OF PARKING BAYS", 12)
    y = 130.0
    y = _para(
        c,
        x0,
        y,
        "Notice is given that the parking places listed below will be suspended to allow "
        "filming to take place. Vehicles left in the suspended bays may be removed.",
        10.5,
        right - x0,
        14,
    )
    y += 10
    y = label_rows(
        c,
        x0,
        y,
        right,
        [
            ("Road", "Quarry Street, Guildford (bays outside nos. 12-30, both sides)"),
            ("Dates", "Monday 19 and Tuesday 20 October 2026"),
            ("Times", "06:00 to 20:00 each day"),
            ("Reason", "Filming (commercial), Halyard Pictures"),
            ("Reference", "GBC/PS/2026/1187"),
        ],
        11,
        90,
        18,
        suffix=":",
    )
    y += 12
    y = _para(
        c,
        x0,
        y,
        "Blue badge holders may use the bays in Castle Street car park free of charge during "
        "the suspension. Enquiries: Parking Services, Millmead House, Millmead, Guildford GU2 "
        "4BB, 01483 505050, quoting the reference above.",
        9.5,
        right - x0,
        13,
    )
    y += 30
    c.text(x0, y, "Dated 5 October 2026", 9.5)
    c.text(x0, y + 14, "Head of Parking Services", 9.5)
    return c.output()


def _talent_booking() -> bytes:
    """A talent agency's booking confirmation for one model on a TVC: date, call, rate."""
    c, x0, right = page("A4", "sans", margin=48.0)
    letterhead(
        c,
        x0,
        right,
        (52, 65),
        (
            "BLUE GUM TALENT",
            16,
            "Suite 4, 88 Oxford Street, Darlinghurst NSW 2010  ·  (02) 9555 0198",
            8,
        ),
        ("BOOKING CONFIRMATION", 11, "Ref. BGT-26-4471", 8),
        rule=(74, 0.8),
    )
    y = 100.0
    y = label_rows(
        c,
        x0,
        y,
        right,
        [
            ("Talent", "Ruby Castellano"),
            ("Client / job", "Blue Mountains Tourism  ·  'Up in the Blue' TVC"),
            ("Production company", "Jamison Valley Films Pty Ltd"),
            ("Booking", "CONFIRMED (option 1 released)"),
            ("Date", "Thursday 22 October 2026"),
            ("Call", "6:30am at wardrobe (production to confirm on the call sheet)"),
            ("Location", "Katoomba NSW (address on the call sheet)"),
            ("Fee", "$1,450 + GST (day rate, 8 hours)"),
            ("Usage", "TV / online / social, Australia, 12 months"),
            ("Travel", "Production car from Sydney, 4:30am"),
        ],
        9.5,
        140,
        18,
        rule_drop=5,
    )
    y += 16
    y = _para(
        c,
        x0,
        y,
        "Overtime at time and a half after 8 hours, in 30-minute blocks. Cancellation inside "
        "48 hours is charged at the full fee. Invoices to accounts@bluegumtalent.com.au; "
        "payment 30 days. Please sign and return.",
        8.5,
        right - x0,
        12,
    )
    y += 30
    signature_lines(c, x0, right, y, ("Signed for the production", "Date"))
    return c.output()


def _rehearsal() -> bytes:
    """A theatre company's rehearsal week: days, calls per scene, the rehearsal room."""
    c, x0, right = page("A4", "helvetica", orientation="L", margin=36.0)
    c.text(x0, 42, "NAPIER REPERTORY COMPANY  -  'THE SEA WALL'", 14, bold=True)
    c.text(
        x0,
        56,
        "REHEARSAL SCHEDULE  ·  Week 2  ·  Mon 12 - Sat 17 October 2026  ·  Rehearsal room 1, "
        "Napier Municipal Theatre, 119 Tennyson Street",
        8.5,
    )
    c.hline(x0, right, 63, 0.8)
    y = _table(
        c,
        x0,
        84,
        ["DAY", "TIME", "CALLED", "WORK"],
        [0, 90, 190, 420],
        [
            ("Mon 12/10", "10:00-13:00", "Full company", "Act 1 stagger-through"),
            ("Mon 12/10", "14:00-17:30", "Nell, Hemi, Alice", "Act 1 sc. 3 detail"),
            ("Tue 13/10", "10:00-13:00", "Hemi, Jack", "Fight call with the fight director"),
            ("Wed 14/10", "10:00-17:30", "Full company", "Act 2 block"),
            ("Thu 15/10", "10:00-13:00", "Alice, Nell", "Act 2 sc. 2, songs with MD"),
            ("Thu 15/10", "14:00-17:30", "Full company", "Costume parade, then Act 2 run"),
            ("Fri 16/10", "10:00-16:00", "Full company", "Run of the play, notes"),
            ("Sat 17/10", "10:00-13:00", "Understudies", "Understudy rehearsal"),
        ],
        right,
        size=9,
        lead=15,
        ruled=True,
    )
    y += 6
    y = _para(
        c,
        x0,
        y,
        "Lunch 13:00-14:00. Please sign in at the stage door. Technical rehearsals begin "
        "Monday 19 October on stage; call times for the tech week follow on Friday.",
        9,
        right - x0,
        12,
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_parking_suspension",
            "near_miss",
            "council notice suspending parking bays for filming: road, two dates, hours, "
            "reason, reference, enquiries address",
            _parking_suspension,
            OTHER,
        ),
        _sheet(
            "near_miss_talent_booking",
            "near_miss",
            "talent agency booking confirmation for a TVC: date, call time at wardrobe, town, "
            "fee, usage, travel, signatures",
            _talent_booking,
            OTHER,
        ),
        _sheet(
            "near_miss_rehearsal_schedule",
            "near_miss",
            "theatre company rehearsal schedule, landscape: a week of days with times, who is "
            "called and the work, the rehearsal room's address",
            _rehearsal,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_apa_sheets(),
        *_soap_sheets(),
        *_nh_sheets(),
        *_au_sheets(),
        *_nz_sheets(),
        *_ga_sheets(),
        *_other_sheets(),
    ]
