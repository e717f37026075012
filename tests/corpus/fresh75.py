"""Seventy-sixth held-out set: UK and Irish call sheets as crew members actually receive them,
on the days the corpus reads worst: DAYS WITH SEVERAL SETS (SET 1 / SET 2, LOC 1 / LOC 2 / LOC 3,
Location A / Location B, a studio and a location split, a UNIT MOVE row) and CALL CELLS THAT HOLD
MORE THAN ONE TIME (breakfast beside the unit call, department pre-calls in brackets, a shooting
call), in Shropshire, Wicklow, north Norfolk, the East Neuk of Fife, the Chilterns and Eryri
towns not yet in the corpus (`fresh75_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh75"). High-end TV drama unit call sheets laid out set by set: a SET 1
band over its scenes, a black UNIT MOVE bar, a SET 2 band over its scenes (Church Stretton,
Bishop's Castle, Clun); an Irish continuing drama's split-day schedule, an AM LOCATION panel
beside a PM STUDIO panel, 'Crew call 07:30 (Camera/Sound 07:00)' (Greystones, Delgany,
Enniskerry); an observational documentary's typed shoot-day sheet with a LOC 1 / LOC 2 / LOC 3
itinerary and travel rows (Cromer, Sheringham, Blakeney); a music video's landscape one-pager
with LOCATION A / LOCATION B boxes and a crew call / shooting call cell (Anstruther, Pittenweem,
Crail); a film school graduation film's grid with a 'Breakfast 0700 / Unit call 0800' cell and
LOC 1 / LOC 2 / UNIT BASE rows (Chesham, Wendover, Princes Risborough); a Welsh / English S4C
drama shooting both language versions, LLEOLIAD 1 / LOCATION 1 and LLEOLIAD 2 / LOCATION 2, a
SYMUD UNED / UNIT MOVE row and a FERSIWN / VERSION column (Llanberis, Porthmadog, Beddgelert).
Three near misses, all `other`: a GAA club's under-12 blitz schedule, a beach clean's volunteer
briefing and a ploughing match programme.

The expected location is the day's first set (SET 1, LOC 1, Location A, the AM panel); the
second set's words are printed on the page but are not the set's. Expected values come from the
same table the page is printed from; sun times are astral's for the set and date. Deliberately
hard cases are marked `HARD:` where they are built (at most one a family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, centre
from tests.corpus.formats import add_minutes, ordinal
from tests.corpus.fresh_common import (
    clock,
    date_or,
    fill,
    grey_text,
    head_table,
    label_rows,
    page,
    sheet_maker,
    time_or,
    titled_notes,
)
from tests.corpus.fresh_skeletons import Day, family, footer, near_miss_page, near_misses
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date

P: dict[str, Place] = {
    # (1) Shropshire Hills high-end TV drama: SET 1 / SET 2 rows and a UNIT MOVE
    "church_stretton": _p(
        "uk",
        "Carding Mill Valley Tea Room",
        "Carding Mill Valley",
        "Church Stretton SY6 6JG",
        52.5440,
        -2.8200,
        "Europe/London",
        "Royal Shrewsbury Hospital",
        "Mytton Oak Road",
        "Shrewsbury SY3 8XQ",
        "01743 261000",
        "Church Stretton School car park, Shrewsbury Road",
        "Church Stretton SY6 6EX",
    ),
    "bishops_castle": _p(
        "uk",
        "The Three Tuns",
        "Salop Street",
        "Bishop's Castle SY9 5BW",
        52.4920,
        -2.9990,
        "Europe/London",
        "Royal Shrewsbury Hospital",
        "Mytton Oak Road",
        "Shrewsbury SY3 8XQ",
        "01743 261000",
        "Community College car park, Brampton Road",
        "Bishop's Castle SY9 5AY",
    ),
    "clun": _p(
        "uk",
        "Clun Memorial Hall",
        "Newport Street",
        "Clun SY7 8JZ",
        52.4220,
        -3.0310,
        "Europe/London",
        "Royal Shrewsbury Hospital",
        "Mytton Oak Road",
        "Shrewsbury SY3 8XQ",
        "01743 261000",
        "Clun recreation ground, Hospital Lane",
        "Clun SY7 8LE",
    ),
    # (2) Irish continuing drama: AM location / PM studio, north Wicklow
    "greystones": _p(
        "ie",
        "Greystones Railway Station",
        "Church Lane",
        "Greystones, Co. Wicklow",
        53.1440,
        -6.0610,
        "Europe/Dublin",
        "St Vincent's University Hospital",
        "Elm Park",
        "Dublin 4",
        "01 221 4000",
        "Greystones Harbour car park, Trafalgar Road",
        "Greystones, Co. Wicklow",
    ),
    "delgany": _p(
        "ie",
        "Christ Church Delgany",
        "Main Street",
        "Delgany, Co. Wicklow",
        53.1330,
        -6.0880,
        "Europe/Dublin",
        "St Vincent's University Hospital",
        "Elm Park",
        "Dublin 4",
        "01 221 4000",
        "Delgany GAA grounds, Kindlestown",
        "Delgany, Co. Wicklow",
    ),
    "enniskerry": _p(
        "ie",
        "Powerscourt House",
        "Powerscourt Estate",
        "Enniskerry, Co. Wicklow",
        53.1840,
        -6.1860,
        "Europe/Dublin",
        "St Vincent's University Hospital",
        "Elm Park",
        "Dublin 4",
        "01 221 4000",
        "Powerscourt coach park, Powerscourt Estate",
        "Enniskerry, Co. Wicklow",
    ),
    # (3) north Norfolk observational documentary: LOC 1 / LOC 2 / LOC 3
    "cromer": _p(
        "uk",
        "Cromer Pier",
        "The Promenade",
        "Cromer NR27 9HE",
        52.9330,
        1.3010,
        "Europe/London",
        "Norfolk and Norwich University Hospital",
        "Colney Lane",
        "Norwich NR4 7UY",
        "01603 286286",
        "Runton Road car park, Runton Road",
        "Cromer NR27 9AS",
    ),
    "sheringham": _p(
        "uk",
        "North Norfolk Railway, Sheringham Station",
        "Station Approach",
        "Sheringham NR26 8RA",
        52.9410,
        1.2100,
        "Europe/London",
        "Norfolk and Norwich University Hospital",
        "Colney Lane",
        "Norwich NR4 7UY",
        "01603 286286",
        "Morris Street car park, Morris Street",
        "Sheringham NR26 8JX",
    ),
    "blakeney": _p(
        "uk",
        "Blakeney Quay",
        "The Quay",
        "Blakeney NR25 7NE",
        52.9560,
        1.0170,
        "Europe/London",
        "Norfolk and Norwich University Hospital",
        "Colney Lane",
        "Norwich NR4 7UY",
        "01603 286286",
        "Blakeney Quay car park (National Trust)",
        "Blakeney NR25 7ND",
    ),
    # (4) East Neuk of Fife music video: LOCATION A / LOCATION B, landscape
    "anstruther": _p(
        "uk",
        "Scottish Fisheries Museum",
        "St Ayles, Harbourhead",
        "Anstruther KY10 3AB",
        56.2225,
        -2.6990,
        "Europe/London",
        "Victoria Hospital",
        "Hayfield Road",
        "Kirkcaldy KY2 5AH",
        "01592 643355",
        "Billowness car park, Crail Road",
        "Anstruther KY10 3DW",
    ),
    "pittenweem": _p(
        "uk",
        "Pittenweem Fish Market",
        "West Shore",
        "Pittenweem KY10 2NH",
        56.2120,
        -2.7290,
        "Europe/London",
        "Victoria Hospital",
        "Hayfield Road",
        "Kirkcaldy KY2 5AH",
        "01592 643355",
        "Pittenweem Town Hall car park, Market Place",
        "Pittenweem KY10 2PN",
    ),
    "crail": _p(
        "uk",
        "Crail Harbour",
        "Shoregate",
        "Crail KY10 3SU",
        56.2570,
        -2.6290,
        "Europe/London",
        "Victoria Hospital",
        "Hayfield Road",
        "Kirkcaldy KY2 5AH",
        "01592 643355",
        "Crail Community Hall car park, Marketgate",
        "Crail KY10 3TL",
    ),
    # (5) film school graduation film in the Chilterns: Breakfast / Unit call, LOC 1 / LOC 2
    "chesham": _p(
        "uk",
        "The Elgiva Theatre",
        "St Mary's Way",
        "Chesham HP5 1HR",
        51.7060,
        -0.6110,
        "Europe/London",
        "Stoke Mandeville Hospital",
        "Mandeville Road",
        "Aylesbury HP21 8AL",
        "01296 315000",
        "Chesham Moor leisure centre car park, Moor Road",
        "Chesham HP5 1SE",
    ),
    "wendover": _p(
        "uk",
        "The Red Lion Hotel",
        "9 High Street",
        "Wendover HP22 6DU",
        51.7610,
        -0.7420,
        "Europe/London",
        "Stoke Mandeville Hospital",
        "Mandeville Road",
        "Aylesbury HP21 8AL",
        "01296 315000",
        "Wendover Library car park, High Street",
        "Wendover HP22 6DU",
    ),
    "princes_risborough": _p(
        "uk",
        "Market House",
        "Market Square",
        "Princes Risborough HP27 0AN",
        51.7240,
        -0.8350,
        "Europe/London",
        "Stoke Mandeville Hospital",
        "Mandeville Road",
        "Aylesbury HP21 8AL",
        "01296 315000",
        "Horns Lane car park, Horns Lane",
        "Princes Risborough HP27 0AW",
    ),
    # (6) Welsh / English bilingual S4C drama in Eryri
    "llanberis": _p(
        "uk",
        "Amgueddfa Lechi Cymru",
        "Gilfach Ddu",
        "Llanberis LL55 4TY",
        53.1220,
        -4.1150,
        "Europe/London",
        "Ysbyty Gwynedd",
        "Penrhosgarnedd",
        "Bangor LL57 2PW",
        "03000 84 84 84",
        "Maes parcio Padarn / Padarn car park, Ffordd Padarn",
        "Llanberis LL55 4TY",
    ),
    "porthmadog": _p(
        "uk",
        "Cei Porthmadog",
        "Lombard Street",
        "Porthmadog LL49 9AP",
        52.9260,
        -4.1320,
        "Europe/London",
        "Ysbyty Gwynedd",
        "Penrhosgarnedd",
        "Bangor LL57 2PW",
        "03000 84 84 84",
        "Maes parcio'r Harbwr / Harbour car park, Stryd Fawr",
        "Porthmadog LL49 9LU",
    ),
    "beddgelert": _p(
        "uk",
        "Gwesty'r Royal Goat",
        "Caernarfon Road",
        "Beddgelert LL55 4YE",
        53.0110,
        -4.1040,
        "Europe/London",
        "Ysbyty Gwynedd",
        "Penrhosgarnedd",
        "Bangor LL57 2PW",
        "03000 84 84 84",
        "Maes parcio'r pentref / village car park",
        "Beddgelert LL55 4YF",
    ),
}

UK_WD = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]
CY_WD = ["Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn"]
CY_WD += ["Dydd Sul"]
CY_MON = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst"]
CY_MON += ["Medi", "Hydref", "Tachwedd", "Rhagfyr"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "uk": f"{h:02d}:{m:02d}",  # "07:30"
        "uk_mil": f"{h:02d}{m:02d}",  # "0730"
        "uk_dot": f"{h:02d}.{m:02d}",  # "07.30"
        "uk_am": f"{h12}.{m:02d}{ap.lower()}",  # "7.30am"
        "uk_short": f"{h12}{'.' + f'{m:02d}' if m else ''}{ap.lower()}",  # "8am", "7.30am"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "uk_weds": f"{UK_WD[d.weekday()]} {ordinal(d.day)} {d:%B} {d.year}",
        "uk_plain": f"{d:%A} {d.day} {d:%B} {d.year}",
        "slash": f"{d:%d/%m/%Y}",
        "slash_wd": f"{d:%a} {d:%d/%m/%y}",  # "Tue 14/09/27"
        "ie_short": f"{d:%a} {ordinal(d.day)} {d:%b} {d.year}",  # "Thu 9th Sep 2027"
        "cy": f"{CY_WD[d.weekday()]} {d.day} {CY_MON[d.month - 1]} {d.year}",
        "en": f"{d:%A} {d.day} {d:%B} {d.year}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh75")
_table = partial(head_table, size=7.5, lead=12)
_family = partial(family, _sheet, P)


def _white(c: Canvas) -> None:
    c.pdf.set_text_color(255, 255, 255)


def _black(c: Canvas) -> None:
    c.pdf.set_text_color(0, 0, 0)


def _block(
    c: Canvas, x: float, y: float, w: float, head: str, lines: list[str], size: float = 8.5
) -> float:
    """A boxed block: bold heading, then its lines; returns the y under the box."""
    h = 16 + 11 * len(lines)
    c.box(x, y, w, h, 0.6)
    c.text(x + 5, y + 11, head, 7.5, bold=True)
    for i, ln in enumerate(lines):
        fit(c, x + 5, y + 23 + 11 * i, ln, size, w - 10)
    return y + h


def _hospital(p: Place) -> list[str]:
    return [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]


def _set2(g: dict[str, Any]) -> list[str]:
    """The second set's lines as the sheet prints them: venue, street, town, what is shot."""
    return [g["set2_name"], g["set2_street"], g["set2_city"], g["set2_what"]]


# --- (1) HETV unit call sheet: SET 1 / SET 2 rows, a UNIT MOVE in the order of the day ---------


@_family(
    "uk_hetv_set_bands_move_bar",
    "Shropshire high-end TV drama unit call sheet, A4 in Helvetica: company and broadcaster top "
    "left, title centred, 'CALL SHEET No. 17' and 'Day 17 of 48' right; a ruled strip whose "
    "UNIT CALL cell holds the call large over 'Breakfast 0700-0745 at Unit Base' (HARD: one line "
    "'Breakfast 0645 · Unit call 0730 · Shooting call 0800'), then LUNCH, EST. WRAP, SUNRISE / "
    "SUNSET, WEATHER; then the day set by set: a grey 'SET 1   0800-1330' band over the set's "
    "boxed address and what is shot, its scenes (TIME / SC / SET / D/N / PGS / CAST) under it, a "
    "black 'UNIT MOVE' bar with the time and route, then the SET 2 band and its scenes; UNIT "
    "BASE and CREW PARKING lines; NEAREST A&E",
    name="hetv_{key}",
)
def _hetv(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "helvetica", margin=30.0)
    c.text(x0, 40, g["company"], 9, bold=True)
    grey_text(c, x0, 52, g["for"], 7.5)
    centre(c, 46, title.upper(), 18)
    c.right(right, 40, f"CALL SHEET No. {g['n']}", 10, bold=True)
    c.right(right, 52, g["day_of"], 8.5)
    c.text(x0, 76, day_text(day, g["date_style"]), 12, bold=True)
    c.right(right, 76, f"Director: {g['director']}   1st AD: {g['ad']}", 8)
    move = add_minutes(call, g["move"])
    cells = [
        ("LUNCH", [hm(add_minutes(call, g["lunch"]), t)]),
        ("EST. WRAP", [hm(add_minutes(call, g["wrap"]), t)]),
        ("SUNRISE / SUNSET", [f"{hm(rise, t)} / {hm(fall, t)}"]),
        ("WEATHER", [g["weather"]]),
    ]
    w0 = 200
    c.box(x0, 84, w0, 46, 1.4)
    c.text(x0 + 5, 95, "UNIT CALL", 7, bold=True)
    if g.get("one_line"):
        # HARD: the call cell holds three times on one line in one size, breakfast first
        fit(c, x0 + 5, 116, g["one_line"], 9.5, w0 - 10, bold=True)
    else:
        c.text(x0 + 5, 115, hm(call, t), 17, bold=True)
        bk = hm(add_minutes(call, g["breakfast"]), t)
        fit(
            c,
            x0 + 5,
            126,
            f"Breakfast {bk}-{hm(add_minutes(call, -15), t)} at Unit Base",
            7,
            w0 - 10,
        )
    w = (right - x0 - w0) / 4
    for i, (hd, vals) in enumerate(cells):
        cx = x0 + w0 + i * w
        c.box(cx, 84, w, 46, 0.6)
        c.text(cx + 5, 95, hd, 7, bold=True)
        for k, v in enumerate(vals):
            fit(c, cx + 5, 113 + 11 * k, v, 10 if i < 3 else 8, w - 10)
    # each set a band (number, hours, address, what is shot) with its scenes under it; a black
    # UNIT MOVE bar between the two sets; base and parking after them
    at = next(i for i, r in enumerate(g["order"]) if r[1] == "UNIT MOVE")
    sets = [
        ("SET 1", g["hours1"], [p.name, p.street, p.city], g["set"], g["order"][:at]),
        ("SET 2", g["hours2"], _set2(g)[:3], g["set2_what"], g["order"][at + 1 :]),
    ]
    heads = ["TIME", "SC", "SET / DESCRIPTION", "D/N", "PGS", "CAST"]
    xs2 = [0, 40, 80, 370, 410, 460]
    y = 146
    for i, (lab, hours, addr, what, order) in enumerate(sets):
        if i:
            fill(c, x0, y, right - x0, 16, 0)
            _white(c)
            bar = f"{hm(move, t)}   UNIT MOVE  -  {g['move_text']}"
            fit(c, x0 + 6, y + 11.5, bar, 8.5, right - x0 - 12, bold=True)
            _black(c)
            y += 24
        fill(c, x0, y, right - x0, 14, 200)
        c.text(x0 + 4, y + 10, f"{lab}   {hours}", 9, bold=True)
        y += 14
        h = 8 + 11 * len(addr)
        c.box(x0, y, right - x0, h, 0.5)
        for k, ln in enumerate(addr):
            fit(c, x0 + 6, y + 12 + 11 * k, ln, 8.5, 250)
        fit(c, x0 + 270, y + 12, what, 8.5, right - x0 - 276)
        rows = [(hm(add_minutes(call, o), t), *rest) for o, *rest in order]
        y = _table(c, x0, y + h + 12, heads, xs2, rows, right) - 2
    rows2 = [
        ("UNIT BASE", f"{p.base_street}, {p.base_city} · {g['base_note']} ({g['base_hours']})"),
        ("CREW PARKING", f"{g['parking']} · {g['park_note']}"),
    ]
    y = label_rows(c, x0, y + 10, right, rows2, 8.5, 90, 13, rule_drop=4)
    y = _block(c, x0, y + 2, 250, "NEAREST A&E (24 HRS)", _hospital(p))
    titled_notes(c, x0, y + 18, "NOTES", 9, g["notes"], 8, right - x0, 10)
    footer(c, f"{title} · Call Sheet {g['n']} · PRIVATE & CONFIDENTIAL · do not leave on set", x0)
    return c.output()


def _hetv_sheets() -> list[Sheet]:
    base = {
        "company": "Long Mynd Pictures Ltd",
        "for": "for Channel 4",
        "director": "Hannah Cadwallader",
        "ad": "Tom Ebury",
        "lunch": 330,
        "wrap": 660,
        "breakfast": -60,
    }
    return [
        _hetv(
            "church_stretton",
            "The Stiperstones",
            D(2027, 5, 11),
            "08:00",
            {
                **base,
                "time_style": "uk_mil",
                "date_style": "uk_plain",
                "n": "17",
                "day_of": "Day 17 of 48",
                "weather": "Sunny spells, 15°C",
                "set": "stream path and tea room terrace",
                "hours1": "0800-1330",
                "set2_name": "Long Mynd Hotel",
                "set2_street": "Cunnery Road",
                "set2_city": "Church Stretton SY6 6AG",
                "set2_what": "INT. hotel lounge and bar",
                "hours2": "1430-1900",
                "base_note": "Catering, trailers, honeywagons",
                "base_hours": "from 0630",
                "parking": "Silvester Horne Institute, Sandford Avenue",
                "park_note": "Minibus to set from 0730",
                "move": 330,
                "move_text": "SET 1 to SET 2 (lunch at SET 2 on arrival); 6 mins by road",
                "order": [
                    (0, "24", "EXT. CARDING MILL VALLEY - STREAM PATH", "D4", "2 3/8", "1, 2"),
                    (150, "25", "EXT. TEA ROOM TERRACE", "D4", "1 1/8", "1, 2, 6"),
                    (None, "UNIT MOVE", "", "", "", ""),
                    (390, "31", "INT. HOTEL LOUNGE", "N4", "2 4/8", "1, 3"),
                    (510, "33", "INT. HOTEL BAR", "N4", "1", "3, 6"),
                ],
                "notes": [
                    "Valley road is single track: no crew cars past the cattle grid. Lunch "
                    "served at the hotel after the move; the hotel stays open to guests, keep "
                    "the front hall clear.",
                ],
            },
        ),
        _hetv(
            "bishops_castle",
            "The Stiperstones",
            D(2027, 5, 26),
            "07:30",
            {
                **base,
                "time_style": "uk",
                "date_style": "uk_weds",
                "n": "28",
                "day_of": "Day 28 of 48",
                "weather": "Cloudy, showers pm, 13°C",
                "set": "brewery yard and tap room",
                "hours1": "07:30-12:45",
                "set2_name": "The Castle Hotel",
                "set2_street": "Market Square",
                "set2_city": "Bishop's Castle SY9 5BN",
                "set2_what": "EXT. hotel garden, INT. dining room",
                "hours2": "14:00-18:30",
                "base_note": "Catering, costume, make-up trucks",
                "base_hours": "from 06:15",
                "parking": "Bishop's Castle Town Hall, High Street (overflow)",
                "park_note": "Walk to SET 1, 5 mins",
                "breakfast": -45,
                "move": 315,
                "move_text": "Brewery to hotel on foot; tech vehicles via Church Street",
                "order": [
                    (0, "40", "INT. BREWERY TAP ROOM", "D7", "3", "1, 4"),
                    (180, "41", "EXT. BREWERY YARD", "D7", "7/8", "4"),
                    (None, "UNIT MOVE", "", "", "", ""),
                    (390, "45", "EXT. HOTEL GARDEN", "D7", "1 2/8", "1, 2, 4"),
                    (480, "46", "INT. HOTEL DINING ROOM", "N7", "2", "1, 2"),
                ],
                "notes": [
                    "Brewing continues in the tower: follow the brewer's instructions, no "
                    "lights rigged on the stair. Street filming permit from Shropshire Council "
                    "covers Salop Street and Market Square.",
                ],
            },
        ),
        _hetv(
            "clun",
            "The Stiperstones",
            D(2027, 6, 9),
            "07:30",
            {
                **base,
                "time_style": "uk_mil",
                "date_style": "slash",
                # HARD: breakfast, unit call and shooting call on one line in the call cell
                "one_line": "Breakfast 0645 · Unit call 0730 · Shooting call 0800",
                "n": "38",
                "day_of": "Day 38 of 48",
                "weather": "Dry, bright, 18°C",
                "set": "hall stage and the back lane",
                "hours1": "0730-1300",
                "set2_name": "Clun Castle (English Heritage)",
                "set2_street": "Castle Street",
                "set2_city": "Clun SY7 8JR",
                "set2_what": "EXT. castle keep and riverside",
                "hours2": "1400-2000",
                "base_note": "All vehicles; breakfast in the pavilion",
                "base_hours": "from 0600",
                "parking": "Field by the bridge (farmer's permission), Vicarage Road",
                "park_note": "Wellies: field may be wet",
                "move": 330,
                "move_text": "Hall to castle: cast and crew on foot over the bridge, 8 mins",
                "order": [
                    (0, "58", "INT. MEMORIAL HALL - DANCE", "N10", "3 2/8", "1, 2, 3, 5"),
                    (210, "59", "EXT. LANE BEHIND HALL", "N10", "5/8", "2, 5"),
                    (None, "UNIT MOVE", "", "", "", ""),
                    (390, "62", "EXT. CASTLE KEEP", "D11", "2", "1, 3"),
                    (540, "63", "EXT. RIVERSIDE BELOW CASTLE", "D11", "1 1/8", "1"),
                ],
                "notes": [
                    "Forty SAs for the dance: holding in the hall's back room. The castle is "
                    "open to visitors until 1700; English Heritage steward on site.",
                ],
            },
        ),
    ]


# --- (2) Irish continuing drama: AM LOCATION panel beside PM STUDIO panel ---------------------


@_family(
    "ie_soap_am_location_pm_studio",
    "Wicklow-shot Irish continuing drama's daily schedule, landscape A4 in DejaVu: a grey band "
    "with the title, block and episodes; the date and 'Recording day 3 of 8 (Block 42)' under "
    "it; a boxed call at top right holding the crew call with department pre-calls in brackets "
    "('Crew call 07:30 (Camera/Sound 07:00)'); two panels side by side, 'AM - LOCATION' (set, "
    "address, unit base, hours, scenes) and 'PM - STUDIO 2' (the studio's address, hours, "
    "scenes), a travel line under them; cast with make-up, location and studio times; the "
    "nearest A&E on one line at the foot (HARD: two locations, LOCATION 1 / LOCATION 2, and a "
    "call box holding the location unit's call and the studio swing crew's)",
    name="soap_{key}",
)
def _soap(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=28.0, orientation="L")
    fill(c, x0, 22, right - x0, 34, 60)
    _white(c)
    c.text(x0 + 8, 44, title.upper(), 17, bold=True)
    c.text(x0 + 260, 38, "DAILY SCHEDULE", 9, bold=True)
    c.text(x0 + 260, 50, g["block"], 8)
    _black(c)
    c.text(x0, 74, day_text(day, g["date_style"]), 11, bold=True)
    c.text(x0, 88, g["rec_day"], 8.5)
    grey_text(
        c,
        x0,
        100,
        f"Producer: {g['producer']} · Director: {g['director']} · 1st AD: "
        f"{g['ad']} · Sunrise {hm(rise, t)} · Sunset {hm(fall, t)}",
        7.5,
    )
    bw = 300
    c.box(right - bw, 62, bw, 42, 1.3)
    c.text(right - bw + 6, 74, g.get("call_head", "CALL"), 7, bold=True)
    fit(c, right - bw + 6, 93, g["call_text"], 12, bw - 12, bold=True)
    # the two panels
    pw = (right - x0 - 10) / 2
    y0 = 114
    panels = [
        (g["am_head"], [p.name, p.street, p.city, g["set"]], g["am_extra"], g["am_scenes"]),
        (
            g["pm_head"],
            [g["set2_name"], g["set2_street"], g["set2_city"], g["set2_what"]],
            g["pm_extra"],
            g["pm_scenes"],
        ),
    ]
    bottoms = []
    for i, (head, addr, extra, scenes) in enumerate(panels):
        px = x0 + i * (pw + 10)
        fill(c, px, y0, pw, 14, 200)
        c.text(px + 5, y0 + 10, head, 8.5, bold=True)
        y = y0 + 27
        for ln in addr:
            fit(c, px + 5, y, ln, 8.5, pw - 10)
            y += 11
        for lab, val in extra:
            c.text(px + 5, y, lab, 7.5, bold=True)
            fit(c, px + 70, y, val, 7.5, pw - 75)
            y += 10
        rows = [(sc, ep, st, cast) for sc, ep, st, cast in scenes]
        y = _table(c, px, y + 10, ["SC", "EP", "SET", "CAST"], [0, 34, 74, 230], rows, px + pw)
        bottoms.append(y)
    for i in range(2):
        c.box(x0 + i * (pw + 10), y0, pw, max(bottoms) - y0 - 4, 0.6)
    y = max(bottoms) + 12
    fit(c, x0, y, g["travel"], 8, right - x0, bold=True)
    rows = [
        (a, ch, *(hm(add_minutes(call, o), t) if o is not None else "-" for o in offs))
        for a, ch, offs in g["cast"]
    ]
    y = _table(
        c,
        x0,
        y + 18,
        ["ARTIST", "CHARACTER", "MAKE-UP", g["col_am"], g["col_pm"]],
        [0, 150, 290, 370, 450],
        rows,
        right,
    )
    fit(
        c,
        x0,
        y + 4,
        f"Nearest A&E: {p.hospital}, {p.hospital_street}, {p.hospital_city} · {p.hospital_phone}",
        8,
        right - x0,
        bold=True,
    )
    footer(
        c,
        f"{title} · {g['block']} · issued by the production office, RTÉ Television "
        "Centre, Donnybrook · not for circulation",
        x0,
    )
    return c.output()


def _soap_sheets() -> list[Sheet]:
    studio = {
        "set2_name": "STUDIO 2, Television Centre",
        "set2_street": "Montrose, Stillorgan Road",
        "set2_city": "Donnybrook, Dublin 4",
        "col_am": "LOCATION",
        "col_pm": "STUDIO",
        "am_head": "AM - LOCATION",
        "pm_head": "PM - STUDIO 2",
        "producer": "Aoife Dunne",
    }
    return [
        _soap(
            "greystones",
            "Seafield Road",
            D(2027, 3, 16),
            "07:30",
            {
                **studio,
                "time_style": "uk",
                "date_style": "uk_plain",
                "block": "Block 42 · Episodes 3361-3364",
                "rec_day": "Recording day 3 of 8 (Block 42)",
                "director": "Niall Behan",
                "ad": "Sinéad Kavanagh",
                "call_text": "Crew call 07:30 (Camera/Sound 07:00)",
                "set": "platform 1 and the footbridge",
                "set2_what": "Kiosk, Byrne kitchen, surgery waiting room",
                "am_extra": [
                    ("Unit base", "Greystones Harbour car park, Trafalgar Road"),
                    ("Hours", "07:30-12:30 (Irish Rail possession 08:00-11:30)"),
                ],
                "pm_extra": [
                    ("Turnover", "14:30 (travel 12:30-13:30, lunch in canteen)"),
                    ("Hours", "14:30-18:30"),
                ],
                "am_scenes": [
                    ("14", "3361", "EXT. STATION PLATFORM", "Deirdre, Lorcan"),
                    ("22", "3362", "EXT. FOOTBRIDGE", "Lorcan"),
                ],
                "pm_scenes": [
                    ("5", "3361", "INT. KIOSK", "Deirdre, Paudie"),
                    ("31", "3363", "INT. BYRNE KITCHEN", "Paudie, Nuala"),
                    ("40", "3364", "INT. SURGERY WAITING RM", "Nuala"),
                ],
                "travel": "UNIT MOVE 12:30: location to Studio 2 by unit bus, 45 mins; "
                "studio crew pre-light Studio 2 from 12:00",
                "cast": [
                    ("Ciara Holohan", "Deirdre", (-45, 0, 420)),
                    ("Rory Devane", "Lorcan", (-30, 15, None)),
                    ("Frank Rooney", "Paudie", (300, None, 420)),
                    ("Maeve Lally", "Nuala", (330, None, 480)),
                ],
            },
        ),
        _soap(
            "delgany",
            "Seafield Road",
            D(2027, 3, 25),
            "08:00",
            {
                **studio,
                "time_style": "uk",
                "date_style": "ie_short",
                "block": "Block 43 · Episodes 3365-3368",
                "rec_day": "Recording day 2 of 8 (Block 43)",
                "director": "Gráinne Lacey",
                "ad": "Sinéad Kavanagh",
                "call_text": "Crew call 08:00 (Make-up/Costume 07:00, Camera/Sound 07:30)",
                "set": "churchyard and the lych gate",
                "set2_what": "McGettigan's bar, community hall",
                "am_extra": [
                    ("Unit base", "Delgany GAA grounds, Kindlestown"),
                    ("Hours", "08:00-12:45"),
                ],
                "pm_extra": [
                    ("Turnover", "14:45"),
                    ("Hours", "14:45-18:30"),
                ],
                "am_scenes": [
                    ("8", "3365", "EXT. CHURCHYARD - FUNERAL", "Full family, 20 SAs"),
                    ("9", "3365", "EXT. LYCH GATE", "Deirdre, Paudie"),
                ],
                "pm_scenes": [
                    ("12", "3365", "INT. McGETTIGAN'S - AFTERS", "Full family"),
                    ("27", "3366", "INT. COMMUNITY HALL", "Nuala, Lorcan"),
                ],
                "travel": "UNIT MOVE 12:45: Delgany to Montrose, 40 mins; lunch 13:30 in "
                "the canteen",
                "cast": [
                    ("Ciara Holohan", "Deirdre", (-60, 0, 405)),
                    ("Frank Rooney", "Paudie", (-60, 0, 405)),
                    ("Maeve Lally", "Nuala", (-45, 0, 405)),
                    ("Rory Devane", "Lorcan", (300, None, 480)),
                ],
            },
        ),
        _soap(
            "enniskerry",
            "Seafield Road",
            D(2027, 4, 8),
            "07:00",
            {
                **studio,
                "time_style": "uk",
                "date_style": "en",
                "block": "Block 44 · Episodes 3369-3372",
                "rec_day": "Location day 1 of 2 (Block 44) - no studio recording",
                "director": "Niall Behan",
                "ad": "Ronan Fogarty",
                # HARD: both panels are locations, and the call box holds two units' calls
                "call_head": "CALLS",
                "call_text": "Location unit 07:00 · Studio swing crew 08:00 (Studio 2 pre-light)",
                "am_head": "LOCATION 1 (AM)",
                "pm_head": "LOCATION 2 (PM)",
                "col_am": "LOC 1",
                "col_pm": "LOC 2",
                "set": "the Italian Garden steps",
                "set2_name": "Enniskerry village square",
                "set2_street": "The Square",
                "set2_city": "Enniskerry, Co. Wicklow",
                "set2_what": "EXT. café and the clock tower",
                "am_extra": [
                    ("Unit base", "Powerscourt coach park, Powerscourt Estate"),
                    ("Hours", "07:00-12:30 (gardens open to public 09:30)"),
                ],
                "pm_extra": [
                    ("Hours", "13:45-18:00"),
                    ("Parking", "No unit vehicles in the square: base stays at Powerscourt"),
                ],
                "am_scenes": [
                    ("3", "3369", "EXT. GARDEN STEPS - WEDDING PHOTOS", "Full family"),
                    ("4", "3369", "EXT. TERRACE", "Deirdre, Paudie"),
                ],
                "pm_scenes": [
                    ("17", "3370", "EXT. VILLAGE CAFÉ", "Nuala, Lorcan"),
                    ("18", "3370", "EXT. CLOCK TOWER", "Lorcan"),
                ],
                "travel": "UNIT MOVE 12:30: Powerscourt to the village, 10 mins; lunch at "
                "base 12:45",
                "cast": [
                    ("Ciara Holohan", "Deirdre", (-60, 0, None)),
                    ("Frank Rooney", "Paudie", (-60, 0, None)),
                    ("Maeve Lally", "Nuala", (300, None, 405)),
                    ("Rory Devane", "Lorcan", (300, None, 405)),
                ],
            },
        ),
    ]


# --- (3) observational documentary: LOC 1 / LOC 2 / LOC 3 itinerary with travel rows ----------


@_family(
    "uk_obs_doc_loc_itinerary",
    "North Norfolk observational documentary's shoot-day sheet typed in Word, A4 in DejaVu: "
    "series and company over a rule, 'SHOOT DAY 6 - CALL SHEET' and the date; label rows whose "
    "'Crew call' holds the call with the camera and sound pre-call in brackets ('07:30 "
    "(Camera/Sound 07:00)'), crew, production mobile, sun, tide; a LOCATIONS TODAY table, LOC "
    "1 / LOC 2 / LOC 3 each with its time, place and address, what is filmed and who, a grey "
    "'Travel' row between them; parking; NEAREST A&E block (HARD: a minor injuries unit that "
    "is not an A&E printed above it); risk notes",
    name="doc_{key}",
)
def _doc(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=40.0)
    c.text(x0, 46, title, 15, bold=True)
    grey_text(c, x0, 60, g["series"], 8.5)
    c.right(right, 46, g["company"], 8.5, bold=True)
    c.hline(x0, right, 68, 0.8)
    c.text(x0, 88, f"{g['shoot_day']} - CALL SHEET", 11, bold=True)
    c.right(right, 88, day_text(day, g["date_style"]), 11, bold=True)
    pre = hm(add_minutes(call, g["pre"]), t)
    rows = [
        ("Crew call", f"{hm(call, t)} ({g['pre_who']} {pre})"),
        ("Meet at", g["meet"]),
        ("Crew", g["crew"]),
        ("Prod. mobile", g["mobile"]),
        ("Sunrise / set", f"{hm(rise, t)} / {hm(fall, t)}"),
        ("Tide", g["tide"]),
    ]
    y = label_rows(c, x0, 108, right, rows, 9, 90, 14, suffix=":")
    c.text(x0, y + 6, "LOCATIONS TODAY", 10, bold=True)
    y += 16
    xs = [0, 44, 88, 300]
    fill(c, x0, y, right - x0, 13, 210)
    for hd, dx in zip(["LOC", "TIME", "PLACE & ADDRESS", "FILMING / WHO"], xs, strict=True):
        c.text(x0 + 3 + dx, y + 9.5, hd, 7.5, bold=True)
    y += 13
    locs = [(p.name, p.street, p.city, g["set"], g["who1"])] + g["more"]
    for i, (name, street, city, what, who) in enumerate(locs):
        if i:
            tr_o, tr_text = g["travel"][i - 1]
            fill(c, x0, y, right - x0, 12, 235)
            c.text(x0 + 3 + xs[1], y + 9, hm(add_minutes(call, tr_o), t), 7.5)
            c.text(x0 + 3 + xs[2], y + 9, tr_text, 7.5)
            y += 12
        o = g["times"][i]
        c.box(x0, y, right - x0, 40, 0.4)
        c.text(x0 + 3, y + 11, f"LOC {i + 1}", 8.5, bold=True)
        c.text(x0 + 3 + xs[1], y + 11, hm(add_minutes(call, o), t), 8.5)
        for k, ln in enumerate([name, street, city]):
            fit(c, x0 + 3 + xs[2], y + 11 + 11 * k, ln, 8.5, xs[3] - xs[2] - 6)
        fit(c, x0 + 3 + xs[3], y + 11, what, 8, right - x0 - xs[3] - 6)
        fit(c, x0 + 3 + xs[3], y + 22, who, 8, right - x0 - xs[3] - 6)
        y += 40
    y = label_rows(
        c,
        x0,
        y + 18,
        right,
        [("Parking", f"{p.base_street}, {p.base_city}")],
        9,
        90,
        14,
        suffix=":",
    )
    if g.get("miu"):
        # HARD: the minor injuries unit printed first, then the A&E
        y = _block(c, x0, y, right - x0, "MINOR INJURIES (NOT A&E)", g["miu"], 8.5) + 6
    y = _block(c, x0, y, right - x0, "NEAREST A&E", _hospital(p), 8.5)
    titled_notes(c, x0, y + 20, "Risk / notes", 9, g["notes"], 8, right - x0, 11)
    footer(c, g["footer"], x0)
    return c.output()


def _doc_sheets() -> list[Sheet]:
    base = {
        "series": "Series 1 · 6 x 60' · for BBC Two",
        "company": "Saltmarsh Films",
        "mobile": "Jess Farrow (PM) 07700 900 418",
        "crew": "Kate Lunn (SP/D), Owen Hales (cam), Priya Shah (sound), Abi Neale (AP)",
        "footer": "Saltmarsh Films · Norwich · call sheet issued the evening before; check "
        "WhatsApp for changes",
    }
    return [
        _doc(
            "cromer",
            "The Crab Coast",
            D(2027, 4, 20),
            "07:30",
            {
                **base,
                "time_style": "uk",
                "date_style": "uk_plain",
                "shoot_day": "SHOOT DAY 6",
                "pre": -30,
                "pre_who": "Camera/Sound",
                "meet": "the top of the pier gangway (LOC 1)",
                "tide": "HW 09:52 / LW 16:08",
                "set": "crab boats landing on the east slipway",
                "who1": "John and Billy Davies (fishermen)",
                "times": [0, 210, 360],
                "travel": [
                    (195, "Travel LOC 1 to LOC 2 (8 mins, own cars)"),
                    (345, "Travel LOC 2 to LOC 3 (12 mins)"),
                ],
                "more": [
                    (
                        "Davies' Fish Shop",
                        "7 Garden Street",
                        "Cromer NR27 9HN",
                        "dressing crab in the back shop",
                        "Margaret Davies",
                    ),
                    (
                        "Overstrand Hall",
                        "Cliff Road",
                        "Overstrand NR27 0PX",
                        "sunset from the cliff top (GVs)",
                        "crew only",
                    ),
                ],
                # HARD: Cromer's minor injuries unit printed above the A&E
                "miu": [
                    "Cromer and District Hospital (minor injuries unit, 08:00-20:00)",
                    "Mill Road, Cromer NR27 0BQ (walk-in, no ambulance arrivals)",
                ],
                "notes": [
                    "Slipway is weedy at low water: boots with grip, no kit on the slip while "
                    "boats are winched. Lifejackets if filming aboard.",
                ],
            },
        ),
        _doc(
            "sheringham",
            "The Crab Coast",
            D(2027, 5, 4),
            "08:00",
            {
                **base,
                "time_style": "uk",
                "date_style": "slash_wd",
                "shoot_day": "SHOOT DAY 9",
                "pre": -45,
                "pre_who": "Camera/Sound kit check",
                "meet": "Sheringham station forecourt (LOC 1)",
                "tide": "HW 11:20 / LW 17:34",
                "set": "the 10:30 steam departure and the platform",
                "who1": "Graham Tuck (volunteer fireman)",
                "times": [0, 240],
                "travel": [(225, "Travel LOC 1 to LOC 2 (10 mins, on foot via the High St)")],
                "more": [
                    (
                        "Sheringham Lifeboat Station (Henry Ramey Upcher)",
                        "West Cliff",
                        "Sheringham NR26 8JT",
                        "boat shed interview",
                        "Graham Tuck",
                    ),
                ],
                "notes": [
                    "Steam locos: no one on the track side of the yellow line; the railway's "
                    "safety officer walks us in. Hi-vis for all on the platform.",
                ],
            },
        ),
        _doc(
            "blakeney",
            "The Crab Coast",
            D(2027, 5, 18),
            "06:30",
            {
                **base,
                "time_style": "uk_mil",
                "date_style": "uk_weds",
                "shoot_day": "SHOOT DAY 12",
                "pre": -30,
                "pre_who": "Drone op",
                "meet": "Blakeney Quay, by the flood gate (LOC 1)",
                "tide": "HW 07:05 / LW 13:21 - quay car park floods at springs",
                "set": "seal trip boats loading at high water",
                "who1": "Pete Bean (skipper)",
                "times": [0, 180, 420],
                "travel": [
                    (165, "Travel LOC 1 to LOC 2 (6 mins)"),
                    (405, "Travel LOC 2 to LOC 3 (20 mins)"),
                ],
                "more": [
                    (
                        "Morston Quay (National Trust)",
                        "Quay Road",
                        "Morston NR25 7BH",
                        "seal trip aboard, Blakeney Point",
                        "Pete Bean, passengers (releases)",
                    ),
                    (
                        "Cley Marshes Visitor Centre",
                        "Coast Road",
                        "Cley NR25 7SA",
                        "reserve warden interview",
                        "Dr Ruth Amos",
                    ),
                ],
                "notes": [
                    "Boat work: lifejackets issued by the skipper. The drone flies only over "
                    "the marsh, away from the seal colony (NT permission letter attached).",
                ],
            },
        ),
    ]


# --- (4) music video: landscape one-pager, LOCATION A / LOCATION B boxes -----------------------


@_family(
    "scot_music_video_loc_a_loc_b",
    "East Neuk of Fife music video call sheet, landscape A4 in Helvetica: artist and track large "
    "top left with label, commissioner and production company under them, 'CALL SHEET' and the "
    "date top right; a black-edged call cell holding the crew call and the shooting call on one "
    "line ('CREW CALL 08:00 | SHOOTING CALL 09:00', HARD: 'LOC A 07:00 · LOC B 14:00 (unit "
    "move 13:00)'); LOCATION A and LOCATION B boxes side by side (venue, address, what is shot, "
    "hours), then UNIT BASE / PARKING and NEAREST A&E boxes; a RUNNING ORDER table at the right "
    "with a MOVE TO LOC B row; crew and talent calls",
    name="mv_{key}",
)
def _mv(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "helvetica", margin=26.0, orientation="L")
    c.text(x0, 44, g["artist"].upper(), 20, bold=True)
    c.text(x0, 64, f"'{title}'", 14)
    grey_text(c, x0, 78, g["credits"], 7.5)
    c.right(right, 40, "CALL SHEET", 16, bold=True)
    c.right(right, 56, day_text(day, g["date_style"]), 10, bold=True)
    c.right(right, 68, f"Sunrise {hm(rise, t)} · Sunset {hm(fall, t)} · {g['weather']}", 7.5)
    lw = 440
    c.box(x0, 88, lw, 30, 1.8)
    fit(c, x0 + 8, 108, g["call_line"], 13, lw - 16, bold=True)
    bw = (lw - 8) / 2
    boxes = [
        ("LOCATION A", [p.name, p.street, p.city, g["set"], g["hours_a"]]),
        (
            "LOCATION B",
            [g["set2_name"], g["set2_street"], g["set2_city"], g["set2_what"], g["hours_b"]],
        ),
    ]
    ys = [_block(c, x0 + i * (bw + 8), 128, bw, hd, ln, 8.5) for i, (hd, ln) in enumerate(boxes)]
    y = max(ys) + 8
    ys = [
        _block(c, x0, y, bw, "UNIT BASE / PARKING", [p.base_street, p.base_city, g["base_note"]]),
        _block(c, x0 + bw + 8, y, bw, "NEAREST A&E", _hospital(p)),
    ]
    y = max(ys) + 16
    c.text(x0, y, "CREW & TALENT CALLS", 9, bold=True)
    rows = [(who, role, hm(add_minutes(call, o), t)) for who, role, o in g["calls"]]
    _table(c, x0, y + 14, ["NAME", "ROLE", "CALL"], [0, 150, 320], rows, x0 + lw)
    rx = x0 + lw + 16
    c.text(rx, 100, "RUNNING ORDER", 9, bold=True)
    ro = [(hm(add_minutes(call, o), t), what, where) for o, what, where in g["order"]]
    _table(c, rx, 114, ["TIME", "WHAT", "WHERE"], [0, 44, 200], ro, right, size=7)
    footer(
        c,
        f"{g['company']} · {g['artist']} '{title}' · Producer {g['producer']} · "
        "please do not post from set",
        x0,
    )
    return c.output()


def _mv_sheets() -> list[Sheet]:
    base = {
        "company": "Haar Films Ltd, Edinburgh",
        "producer": "Mhairi Guthrie 07700 900 231",
        "weather": "dry, 14°C, W 12 mph",
    }
    return [
        _mv(
            "anstruther",
            "East Neuk Blue",
            D(2027, 6, 15),
            "08:00",
            {
                **base,
                "time_style": "uk",
                "date_style": "en",
                "artist": "The Skerries",
                "credits": "Label: Kelpie Records · Commissioner: Ross Dunbar · Director: "
                "Isla Brough · Production: Haar Films",
                "call_line": "CREW CALL 08:00  |  SHOOTING CALL 09:00",
                "set": "museum courtyard and the boat shed",
                "hours_a": "08:00-13:00",
                "set2_name": "Anstruther East Pier",
                "set2_street": "Shore Street",
                "set2_city": "Anstruther KY10 3DQ",
                "set2_what": "band performance at the lighthouse end",
                "hours_b": "14:00-sunset",
                "base_note": "Catering van and band dressing room (minibus)",
                "calls": [
                    ("Isla Brough", "Director", 0),
                    ("Calum Petrie", "DOP", -60),
                    ("Neve Ross", "Gaffer", -60),
                    ("Fern Coutts", "HMU", -30),
                    ("The Skerries", "Band (x4)", 90),
                ],
                "order": [
                    (0, "Crew call, set up performance rig", "LOC A"),
                    (60, "Shooting call: band walk-through shots", "LOC A"),
                    (240, "Lunch", "Base"),
                    (300, "MOVE TO LOC B (walk, kit by van)", "-"),
                    (360, "Performance takes, wide and drone", "LOC B"),
                    (660, "Golden hour singer close-ups", "LOC B"),
                ],
            },
        ),
        _mv(
            "pittenweem",
            "Weem",
            D(2027, 6, 29),
            "07:00",
            {
                **base,
                "time_style": "uk",
                "date_style": "uk_weds",
                "artist": "Kirsty Anstruther-Lyle",
                "credits": "Label: self-released · Commissioner: n/a · Director: Jamie Tosh · "
                "Production: Haar Films",
                # HARD: the call cell holds each location's call, the unit move between them
                "call_line": "CALL: LOC A 07:00 · LOC B 14:00 (unit move 13:00)",
                "set": "the fish market floor and the quay steps",
                "hours_a": "07:00-13:00",
                "set2_name": "St Fillan's Cave",
                "set2_street": "Cove Wynd",
                "set2_city": "Pittenweem KY10 2LE",
                "set2_what": "candle-lit vocal takes (key from the Gingerbread Horse cafe)",
                "hours_b": "14:00-19:00",
                "base_note": "Catering in the town hall, band room upstairs",
                "calls": [
                    ("Jamie Tosh", "Director", 0),
                    ("Calum Petrie", "DOP", -30),
                    ("Fern Coutts", "HMU", -30),
                    ("Kirsty Anstruther-Lyle", "Artist", 60),
                    ("Cave crew (4)", "Grip / sparks", 420),
                ],
                "order": [
                    (0, "Crew call at LOC A, dawn light on the quay", "LOC A"),
                    (60, "Artist on set, walk and lip-sync takes", "LOC A"),
                    (300, "Lunch", "Town hall"),
                    (360, "UNIT MOVE TO LOC B (steps: kit by hand)", "-"),
                    (420, "LOC B call, candle light and vocal takes", "LOC B"),
                    (720, "Wrap LOC B", "LOC B"),
                ],
            },
        ),
        _mv(
            "crail",
            "Creel Song",
            D(2027, 7, 13),
            "08:30",
            {
                **base,
                "time_style": "uk_mil",
                "date_style": "slash",
                "artist": "Firth & Fable",
                "credits": "Label: Forth Street Records · Commissioner: Ailsa Gow · Director: "
                "Ruaridh Hay · Production: Haar Films",
                "call_line": "CREW CALL 0830  |  Shooting call 0930  |  Band 1000",
                "set": "harbour wall and the creel stacks",
                "hours_a": "0830-1330",
                "set2_name": "Crail Airfield",
                "set2_street": "Balcomie Road",
                "set2_city": "Crail KY10 3XL",
                "set2_what": "runway drive-by with the picture car",
                "hours_b": "1430-2000",
                "base_note": "Tech vehicles only; crew park at the community hall",
                "calls": [
                    ("Ruaridh Hay", "Director", 0),
                    ("Calum Petrie", "DOP", -45),
                    ("Neve Ross", "Gaffer", -45),
                    ("Firth & Fable", "Band (x3)", 90),
                    ("Dougie Kerr", "Picture car driver", 330),
                ],
                "order": [
                    (0, "Crew call, harbour set up", "LOC A"),
                    (60, "Shooting call: wall and creel stacks", "LOC A"),
                    (300, "Lunch / UNIT MOVE to airfield", "-"),
                    (360, "Car rig and drive-bys", "LOC B"),
                    (690, "Wrap", "LOC B"),
                ],
            },
        ),
    ]


# --- (5) film school graduation film: 'Breakfast 0700 / Unit call 0800', LOC 1 / LOC 2 rows -----


@_family(
    "uk_film_school_grad_grid",
    "Chilterns film school graduation film call sheet, A4 in Helvetica: the school's name grey "
    "over the course and 'Graduation Film 2027', the title large, 'CALL SHEET - DAY 3 OF 6'; a "
    "two-column ruled grid, label cells shaded: DATE, CALL holding 'Breakfast 0700 / Unit call "
    "0800' in one cell, LOC 1 and LOC 2 (venue, address, what is shot, hours), UNIT BASE, "
    "PARKING, NEAREST A&E, SUNRISE / SUNSET, WEATHER (HARD: UNIT BASE with its full address "
    "is the first row, above LOC 1, and the call cell says 'Unit call 0800 @ UNIT BASE'); a "
    "schedule, key contacts with the school's out-of-hours line",
    name="grad_{key}",
)
def _grad(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "helvetica", margin=36.0)
    grey_text(c, x0, 40, "NATIONAL FILM AND TELEVISION SCHOOL", 8, 90)
    grey_text(c, x0, 51, g["course"], 7.5, 120)
    centre(c, 80, title.upper(), 20)
    centre(c, 96, g["day_of"], 10)
    lw = 110
    bk = hm(add_minutes(call, g["breakfast"]), t)
    rows = [
        ("DATE", [day_text(day, g["date_style"])]),
        ("CALL", [g["call_fmt"].format(bk=bk, call=hm(call, t))]),
        ("LOC 1", [p.name, f"{p.street}, {p.city}", g["set"], g["hours1"]]),
        (
            "LOC 2",
            [g["set2_name"], f"{g['set2_street']}, {g['set2_city']}", g["set2_what"], g["hours2"]],
        ),
        ("UNIT BASE", [f"{p.base_street}, {p.base_city}", g["base_note"]]),
        ("PARKING", [g["parking"]]),
        ("NEAREST A&E", [p.hospital, f"{p.hospital_street}, {p.hospital_city}", p.hospital_phone]),
        ("SUNRISE / SUNSET", [f"{hm(rise, t)} / {hm(fall, t)}"]),
        ("WEATHER", [g["weather"]]),
    ]
    if g.get("base_first"):
        # HARD: the unit base, with its full address, is the first place on the sheet
        base = rows.pop(4)
        rows.insert(2, base)
    y = 110
    for lab, lines in rows:
        h = 8 + 11 * len(lines)
        fill(c, x0, y, lw, h, 225)
        c.box(x0, y, right - x0, h, 0.5)
        c.vline(x0 + lw, y, y + h, 0.5)
        c.text(x0 + 5, y + 12, lab, 8, bold=True)
        for k, ln in enumerate(lines):
            bold = lab == "CALL"
            fit(
                c,
                x0 + lw + 6,
                y + 12 + 11 * k,
                ln,
                10 if bold else 8.5,
                right - x0 - lw - 12,
                bold=bold,
            )
        y += h
    c.text(x0, y + 20, "SCHEDULE", 9, bold=True)
    sched = [(hm(add_minutes(call, o), t), what, where) for o, what, where in g["schedule"]]
    y = _table(c, x0, y + 34, ["TIME", "WHAT", "WHERE"], [0, 50, 360], sched, right)
    c.text(x0, y + 6, "KEY CONTACTS", 9, bold=True)
    y = _table(c, x0, y + 20, ["ROLE", "NAME", "MOBILE"], [0, 140, 320], g["contacts"], right)
    fit(
        c,
        x0,
        y + 4,
        "NFTS out-of-hours emergency line 01632 960 413 · Station Road, "
        "Beaconsfield HP9 1LG · student production: all crew covered by school insurance",
        7.5,
        right - x0,
    )
    footer(c, f"{title} · {g['course']} · call sheet v{g['version']}", x0)
    return c.output()


def _grad_sheets() -> list[Sheet]:
    base = {
        "course": "MA Directing Fiction · Graduation Film 2027",
        "breakfast": -60,
        "call_fmt": "Breakfast {bk} / Unit call {call}",
        "version": "2",
        "contacts": [
            ("Director", "Amara Osei", "07700 900 512"),
            ("Producer", "Lewis Hartley", "07700 900 733"),
            ("1st AD", "Zofia Brandt", "07700 900 604"),
            ("Unit / locations", "Ben Pryce", "07700 900 298"),
        ],
    }
    return [
        _grad(
            "chesham",
            "Low Season",
            D(2027, 2, 23),
            "08:00",
            {
                **base,
                "time_style": "uk_mil",
                "date_style": "uk_plain",
                "day_of": "CALL SHEET - DAY 3 OF 6",
                "set": "foyer, bar and auditorium row H",
                "hours1": "0800-1400",
                "set2_name": "Lowndes Park",
                "set2_street": "Amersham Road",
                "set2_city": "Chesham HP5 1HQ",
                "set2_what": "EXT. the pond path at dusk",
                "hours2": "1500-1800",
                "base_note": "Kit van, catering gazebo, green room in the pavilion",
                "parking": "Moor Road car park (pay & display, receipts to Ben)",
                "weather": "Overcast, 6°C, dry",
                "schedule": [
                    (0, "Unit call, rig foyer", "LOC 1"),
                    (60, "Turnover sc 12, 13", "LOC 1"),
                    (300, "Lunch", "Unit base"),
                    (390, "Move to LOC 2 (walk, 7 mins)", "-"),
                    (420, "Sc 21: pond path, dusk", "LOC 2"),
                    (600, "Wrap", "LOC 2"),
                ],
            },
        ),
        _grad(
            "wendover",
            "Low Season",
            D(2027, 2, 25),
            "08:00",
            {
                **base,
                "time_style": "uk_mil",
                "date_style": "slash",
                # HARD: UNIT BASE first with its full address; the call names the base
                "base_first": True,
                "call_fmt": "Unit call {call} @ UNIT BASE (Breakfast from {bk})",
                "day_of": "CALL SHEET - DAY 5 OF 6",
                "set": "first floor bedroom and the back stairs",
                "hours1": "0830-1500",
                "set2_name": "Wendover Woods",
                "set2_street": "Upper Icknield Way",
                "set2_city": "Aston Clinton HP22 5NQ",
                "set2_what": "EXT. forest track, car headlights",
                "hours2": "1600-1930",
                "base_note": "Catering and make-up in the library meeting room",
                "parking": "Crew share cars from NFTS: leave Beaconsfield 0645",
                "weather": "Light rain until 1100, 7°C",
                "schedule": [
                    (0, "Unit call at base, walk to LOC 1", "Unit base"),
                    (30, "Turnover sc 30", "LOC 1"),
                    (300, "Lunch", "Unit base"),
                    (420, "Unit move to LOC 2 (15 mins by road)", "-"),
                    (480, "Sc 34, 35: forest track", "LOC 2"),
                    (690, "Wrap", "LOC 2"),
                ],
            },
        ),
        _grad(
            "princes_risborough",
            "Low Season",
            D(2027, 3, 1),
            "07:30",
            {
                **base,
                "time_style": "uk",
                "date_style": "uk_weds",
                "day_of": "CALL SHEET - DAY 6 OF 6 (LAST DAY)",
                "set": "the open ground floor under the arches",
                "hours1": "07:30-12:00",
                "set2_name": "Princes Risborough Station",
                "set2_street": "Station Approach",
                "set2_city": "Princes Risborough HP27 9DN",
                "set2_what": "EXT. platform 3, the last train",
                "hours2": "13:30-17:00",
                "base_note": "Parish office back room (kit store, catering)",
                "parking": "Horns Lane car park, 2 spaces reserved for the kit van",
                "weather": "Bright, 9°C",
                "schedule": [
                    (0, "Unit call, rig the arches", "LOC 1"),
                    (45, "Turnover sc 40", "LOC 1"),
                    (270, "Lunch", "Unit base"),
                    (330, "Move to LOC 2 (on foot, 10 mins)", "-"),
                    (360, "Sc 44: platform 3 (Chiltern Railways escort)", "LOC 2"),
                    (570, "Wrap and get-out", "LOC 2"),
                ],
            },
        ),
    ]


# --- (6) Welsh / English bilingual S4C drama: GALWAD UNED / UNIT CALL, LLEOLIAD 1 / LOCATION 1 ---


@_family(
    "wales_s4c_dual_version_two_sets",
    "Eryri dual-version drama for S4C, a bilingual call sheet, A4 in DejaVu: the company "
    "'Cyf.' and 'i S4C / for S4C' top left, the Welsh title centred, 'TAFLEN ALWAD / CALL "
    "SHEET' over 'Rhif / No. 21 · Diwrnod / Day 21 o / of 40' right; the date in Welsh over "
    "English (HARD: Welsh only); a "
    "strip of cells with Welsh labels over English ones, the GALWAD UNED / UNIT CALL cell "
    "holding the call with the camera and sound pre-call in brackets; LLEOLIAD 1 / LOCATION 1, "
    "LLEOLIAD 2 / LOCATION 2 and CANOLFAN UNED / UNIT BASE blocks; TREFN Y DYDD / ORDER OF THE "
    "DAY with a SYMUD UNED / UNIT MOVE row and a FERSIWN / VERSION column (CYM, SAES, CYM + "
    "SAES: the Welsh and English versions shot back to back); YSBYTY AGOSAF / NEAREST A&E",
    name="s4c_{key}",
)
def _s4c(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=30.0)
    c.text(x0, 40, g["company"], 9, bold=True)
    grey_text(c, x0, 52, "i S4C / for S4C", 7.5)
    centre(c, 48, title.upper(), 18)
    c.right(right, 40, "TAFLEN ALWAD / CALL SHEET", 9, bold=True)
    c.right(right, 52, f"Rhif / No. {g['n']} · {g['day_of']}", 8)
    c.text(x0, 76, day_text(day, "cy"), 11, bold=True)
    if not g.get("welsh_only"):
        grey_text(c, x0, 89, day_text(day, "en"), 9, 90)
    c.right(right, 76, f"Cyfarwyddwr / Director: {g['director']}", 8)
    c.right(right, 88, f"1af CC / 1st AD: {g['ad']}", 8)
    pre = hm(add_minutes(call, g["pre"]), t)
    cells = [
        ("GALWAD UNED", "UNIT CALL", hm(call, t), f"(Camera a Sain / Camera & Sound {pre})"),
        (
            "BRECWAST",
            "BREAKFAST",
            hm(add_minutes(call, g["breakfast"]), t),
            "yn y ganolfan / at base",
        ),
        ("CINIO", "LUNCH", hm(add_minutes(call, g["lunch"]), t), ""),
        ("DIWEDD", "EST. WRAP", hm(add_minutes(call, g["wrap"]), t), ""),
        ("CODIAD HAUL", "SUNRISE", hm(rise, t), ""),
        ("MACHLUD", "SUNSET", hm(fall, t), ""),
    ]
    widths = [150, 95, 70, 70, 75]
    widths.append(right - x0 - sum(widths))
    cx = x0
    for (cy, en, val, sub), w in zip(cells, widths, strict=True):
        c.box(cx, 98, w, 50, 1.4 if cy == "GALWAD UNED" else 0.6)
        c.text(cx + 4, 108, cy, 7, bold=True)
        grey_text(c, cx + 4, 117, en, 6.5, 100)
        c.text(cx + 4, 134, val, 14 if cy == "GALWAD UNED" else 11, bold=cy == "GALWAD UNED")
        if sub:
            fit(c, cx + 4, 144, sub, 6.5, w - 8)
        cx += w
    w3 = (right - x0 - 12) / 3
    blocks = [
        ("LLEOLIAD 1 / LOCATION 1", [p.name, p.street, p.city, g["set"], g["hours1"]]),
        (
            "LLEOLIAD 2 / LOCATION 2",
            [g["set2_name"], g["set2_street"], g["set2_city"], g["set2_what"], g["hours2"]],
        ),
        ("CANOLFAN UNED / UNIT BASE", [p.base_street, p.base_city, g["base_note"]]),
    ]
    ys = [_block(c, x0 + i * (w3 + 6), 158, w3, hd, ln, 8) for i, (hd, ln) in enumerate(blocks)]
    y = max(ys) + 18
    c.text(x0, y, "TREFN Y DYDD / ORDER OF THE DAY", 9, bold=True)
    order = []
    move_at = None
    for i, (o, sc, st, dn, pg, cast, ver) in enumerate(g["order"]):
        if sc == "MOVE":
            move_at = i
            order.append(("", "", "", "", "", "", ""))
        else:
            order.append((hm(add_minutes(call, o), t), sc, st, dn, pg, cast, ver))
    xs = [0, 40, 80, 330, 366, 402, 450]
    top = y + 14
    y = _table(
        c,
        x0,
        top,
        ["AMSER", "GOL.", "SET", "D/N", "TUD.", "CAST", "FERSIWN / VERSION"],
        xs,
        order,
        right,
    )
    if move_at is not None:
        yy = top + 12 * (move_at + 1)
        fill(c, x0, yy - 9, right - x0, 12, 225)
        o = g["order"][move_at][0]
        c.text(x0 + 3, yy, hm(add_minutes(call, o), t), 7.5, bold=True)
        fit(
            c,
            x0 + 43,
            yy,
            f"SYMUD UNED / UNIT MOVE - {g['move_text']}",
            7.5,
            right - x0 - 50,
            bold=True,
        )
    y = _block(c, x0, y + 2, 280, "YSBYTY AGOSAF (ADRAN ACHOSION BRYS) / NEAREST A&E", _hospital(p))
    titled_notes(c, x0, y + 18, "NODIADAU / NOTES", 9, g["notes"], 8, right - x0, 10)
    footer(c, f"{title} · Taflen alwad / Call sheet {g['n']} · CYFRINACHOL / CONFIDENTIAL", x0)
    return c.output()


def _s4c_sheets() -> list[Sheet]:
    base = {
        "company": "Cwmni Gwyrfai Cyf.",
        "director": "Meinir Gwilym",
        "ad": "Dafydd Huws",
        "breakfast": -45,
        "lunch": 330,
        "wrap": 660,
        "pre": -45,
    }
    return [
        _s4c(
            "llanberis",
            "Y Chwarel",
            D(2027, 9, 14),
            "08:00",
            {
                **base,
                "time_style": "uk",
                "n": "21",
                "day_of": "Diwrnod / Day 21 o / of 40",
                "set": "yr efail a'r iard / the forge and the yard",
                "hours1": "08:00-13:00",
                "set2_name": "Gorsaf Rheilffordd Llyn Padarn",
                "set2_street": "Ffordd Padarn",
                "set2_city": "Llanberis LL55 4TY",
                "set2_what": "EXT. platfform a'r trên / platform and train",
                "hours2": "14:00-19:00",
                "base_note": "Arlwyo, colur, gwisgoedd / catering, make-up, costume",
                "move_text": "Lleoliad 1 i 2 ar droed, 5 munud / on foot, 5 mins",
                "order": [
                    (0, "12", "INT. YR EFAIL / THE FORGE", "D3", "2 1/8", "1, 4", "CYM + SAES"),
                    (
                        150,
                        "13",
                        "EXT. IARD Y CHWAREL / QUARRY YARD",
                        "D3",
                        "1 3/8",
                        "1, 2, 4",
                        "CYM + SAES",
                    ),
                    (330, "MOVE", "", "", "", "", ""),
                    (390, "18", "EXT. PLATFFORM / PLATFORM", "D4", "2", "2, 3", "CYM"),
                ],
                "notes": [
                    "Saethu'r ddwy fersiwn / both versions shot: Cymraeg yn gyntaf, yna "
                    "Saesneg. The museum is open to visitors: keep the forge doorway clear.",
                ],
            },
        ),
        _s4c(
            "porthmadog",
            "Y Chwarel",
            D(2027, 9, 23),
            "07:30",
            {
                **base,
                "time_style": "uk_mil",
                "n": "28",
                "day_of": "Diwrnod / Day 28 o / of 40",
                "set": "y cei a'r warws / quay and warehouse",
                "hours1": "0730-1230",
                "set2_name": "Y Cob",
                "set2_street": "Ffordd y Cob / The Cob",
                "set2_city": "Porthmadog LL49 9NY",
                "set2_what": "EXT. car ar y Cob / car on the Cob",
                "hours2": "1330-1900",
                "base_note": "Pob cerbyd / all unit vehicles",
                "move_text": "Cei i'r Cob, 4 munud / quay to the Cob, 4 mins",
                "order": [
                    (0, "31", "EXT. CEI / QUAY - DAWN", "D7", "1 4/8", "1, 5", "CYM + SAES"),
                    (120, "32", "INT. WARWS / WAREHOUSE", "D7", "2 6/8", "1, 5, 6", "SAES"),
                    (300, "MOVE", "", "", "", "", ""),
                    (360, "35", "EXT. Y COB - CAR", "D7", "6/8", "1", "CYM"),
                ],
                "notes": [
                    "Road marshals on the Cob: the A487 stays open, rolling stops only (Cyngor "
                    "Gwynedd permit). Tide: PL / HW 10:14.",
                ],
            },
        ),
        _s4c(
            "beddgelert",
            "Y Chwarel",
            D(2027, 10, 5),
            "08:00",
            {
                **base,
                "time_style": "uk",
                # HARD: the date in Welsh only, no English line under it
                "welsh_only": True,
                "n": "36",
                "day_of": "Diwrnod / Day 36 o / of 40",
                "set": "y lolfa a'r bar / lounge and bar",
                "hours1": "08:00-13:30",
                "set2_name": "Bedd Gelert",
                "set2_street": "llwybr yr afon / riverside path",
                "set2_city": "Beddgelert LL55 4YB",
                "set2_what": "EXT. y bont a'r afon / bridge and river",
                "hours2": "14:30-18:30",
                "base_note": "Arlwyo yn neuadd y pentref / catering in the village hall",
                "move_text": "Gwesty i'r bont ar droed / hotel to the bridge on foot",
                "order": [
                    (
                        0,
                        "44",
                        "INT. LOLFA'R GWESTY / HOTEL LOUNGE",
                        "N11",
                        "3",
                        "1, 2, 3",
                        "CYM + SAES",
                    ),
                    (180, "45", "INT. BAR", "N11", "1 2/8", "2, 3", "CYM"),
                    (360, "MOVE", "", "", "", "", ""),
                    (420, "47", "EXT. Y BONT / BRIDGE", "D12", "1 4/8", "1", "CYM + SAES"),
                ],
                "notes": [
                    "Mae'r gwesty ar agor / the hotel stays open to guests. No unit vehicles "
                    "on the bridge; base at the village car park.",
                ],
            },
        ),
    ]


# --- near misses: papers that call people to a place at a time but plan no shoot ------------


Body = tuple[
    list[tuple[str, str]],
    tuple[list[str], list[float], list[tuple[str, ...]]],
    tuple[str, list[str]],
]


def _nm_page(head: tuple[str, str, str], body: Body, font: str = "helvetica") -> bytes:
    return near_miss_page(head, body, paper="A4", margin=42.0, top=50, font=font)


def _gaa_blitz() -> bytes:
    """A GAA club's under-12 blitz: arrival time, pitches, match times, referees; a local
    radio reporter and the club's video of the final."""
    return _nm_page(
        (
            "NEWTOWNMOUNTKENNEDY GAA - UNDER 12 BLITZ",
            "Club grounds, Kilmurry Road, Newtownmountkennedy, Co. Wicklow",
            "BLITZ SCHEDULE",
        ),
        (
            [
                ("Date", "Saturday 17 April 2027"),
                ("Teams arrive", "09:15 at the clubhouse; first throw-in 10:00"),
                ("Format", "8 teams, 2 groups, 20-minute games (2 x 10)"),
                ("Co-ordinator", "Declan Kinsella 087 000 0412"),
            ],
            (
                ["TIME", "PITCH", "MATCH", "REFEREE"],
                [0, 60, 130, 360],
                [
                    ("10:00", "1", "Newtown v Ashford", "P. Doyle"),
                    ("10:00", "2", "Kilcoole v Roundwood", "M. Cullen"),
                    ("10:30", "1", "Delgany v Wicklow Town", "P. Doyle"),
                    ("12:30", "1", "Cup final (group winners)", "S. Byrne"),
                ],
            ),
            (
                "Notes",
                [
                    "Every child gets a game and a medal; no scores kept at under 12. Parents "
                    "please park on the Kilmurry Road side. The club will film the final for "
                    "its website and East Coast FM may record interviews.",
                ],
            ),
        ),
    )


def _beach_clean() -> bytes:
    """A beach clean's volunteer briefing: meet time, sections, tide, first aid; a regional TV
    crew may film the litter pick."""
    return _nm_page(
        (
            "MUNDESLEY SPRING BEACH CLEAN",
            "Meeting point: the Coastwatch lookout, Beach Road, Mundesley NR11 8BG",
            "VOLUNTEER BRIEFING",
        ),
        (
            [
                ("Date", "Sunday 9 May 2027"),
                ("Meet", "09:30 at the lookout for the safety talk; picking 10:00-12:00"),
                ("Tide", "High water 07:41, falling all morning: stay above the tideline"),
                ("Organiser", "Helen Gotts 07700 900 347"),
            ],
            (
                ["SECTION", "FROM", "TO", "LEADER"],
                [0, 70, 220, 370],
                [
                    ("A", "Lookout slipway", "Paston groyne", "Helen Gotts"),
                    ("B", "Lookout slipway", "Trimingham steps", "Rob Pegg"),
                    ("C", "Beach Road cafés", "Stow Hill ramp", "Sue Tennant"),
                ],
            ),
            (
                "Notes",
                [
                    "Gloves, pickers and bags are provided; children must be with an adult. Do "
                    "not touch sharps, drums or flares: mark the spot and tell a leader. Look "
                    "North may film the clean for the evening news.",
                ],
            ),
        ),
        font="sans",
    )


def _ploughing() -> bytes:
    """A ploughing match programme: competitors' times on their plots, classes, judging; the
    society films the vintage classes."""
    return _nm_page(
        (
            "SOUTH SHROPSHIRE PLOUGHING SOCIETY",
            "Annual match at Whettleton Farm, Craven Arms SY7 9DH (by kind permission)",
            "MATCH PROGRAMME",
        ),
        (
            [
                ("Date", "Saturday 2 October 2027"),
                ("Competitors", "on their plots by 09:00; ploughing 09:30-14:30"),
                ("Draw for plots", "08:30 in the secretary's tent"),
                ("Secretary", "Margaret Bowen 07700 900 668"),
            ],
            (
                ["CLASS", "TYPE", "PLOTS", "JUDGE"],
                [0, 50, 260, 360],
                [
                    ("1", "Horse ploughing", "1-6", "W. Lewis"),
                    ("2", "Vintage trailed", "7-20", "G. Preece"),
                    ("3", "Vintage hydraulic", "21-34", "G. Preece"),
                    ("4", "Modern reversible", "35-42", "T. Jones"),
                ],
            ),
            (
                "Notes",
                [
                    "Judging from 14:30; presentation of cups in the marquee at 16:30. Hog roast "
                    "and tea tent all day. The society's video of the horse class goes on its "
                    "page; tell the secretary if you would rather not be filmed.",
                ],
            ),
        ),
    )


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_gaa_u12_blitz",
            "a Wicklow GAA club's under-12 blitz schedule, A4: club and grounds, 'BLITZ "
            "SCHEDULE', date, teams arrive 09:15, format, co-ordinator; a ruled TIME / PITCH / "
            "MATCH / REFEREE table; notes on parking and the club filming the final",
            _gaa_blitz,
        ),
        (
            "near_miss_beach_clean_briefing",
            "a north Norfolk beach clean's volunteer briefing, A4 in DejaVu: meeting point, "
            "'VOLUNTEER BRIEFING', date, meet 09:30, tide, organiser; a ruled SECTION / FROM / "
            "TO / LEADER table; notes on sharps and a regional TV crew",
            _beach_clean,
        ),
        (
            "near_miss_ploughing_match",
            "a Shropshire ploughing society's match programme, A4: the farm, 'MATCH PROGRAMME', "
            "date, competitors on plots by 09:00, draw 08:30, secretary; a ruled CLASS / TYPE / "
            "PLOTS / JUDGE table; notes on judging and the society's video",
            _ploughing,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_hetv_sheets(),
        *_soap_sheets(),
        *_doc_sheets(),
        *_mv_sheets(),
        *_grad_sheets(),
        *_s4c_sheets(),
        *_other_sheets(),
    ]
