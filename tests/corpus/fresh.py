"""Second held-out set: layouts and wording no reader rule was tuned to (family names `fresh_`).

Families follow documented conventions (CONVENTIONS.md, "Fresh held-out families"): night
shoots (crew call after 18:00, wrap after midnight), documentary / TV-news crew sheets typed as
memos, Irish / Scottish / Northern Irish drama sheets (Eircodes, "Mon 9th Mar '26", hospital on
page 2, a second-unit sheet that also prints the main unit's call), Polish series "PLAN DNIA"
(odcinki, obiekty, SOR) and reality-TV field sheets. Three sheets are ambiguous on purpose (no
crew call printed; two conflicting dates): their right outcome is review (`expected["review"]`).
"""

from __future__ import annotations

import datetime as dt

from tests.corpus.draw import Canvas
from tests.corpus.formats import PL_GENITIVE, PL_WEEKDAYS, add_minutes, ordinal
from tests.corpus.fresh_common import sheet_maker
from tests.corpus.places import PLACES, Place, _p
from tests.corpus.sheet import Sheet, call_sheet, fit

D = dt.date

FRESH: dict[str, Place] = {
    "dublin": _p(
        "ie",
        "Kilmainham Gaol",
        "Inchicore Rd",
        "Kilmainham, Dublin 8, D08 RK28",
        53.3418,
        -6.3097,
        "Europe/Dublin",
        "St James's Hospital",
        "James's St",
        "Dublin 8, D08 NHY1",
        "+353 1 410 3000",
        "Military Rd",
        "Dublin 8, D08 T2P0",
    ),
    "edinburgh": _p(
        "uk",
        "Leith Theatre",
        "28-30 Ferry Rd",
        "Edinburgh EH6 4AE",
        55.9720,
        -3.1760,
        "Europe/London",
        "Royal Infirmary of Edinburgh",
        "51 Little France Cres",
        "Edinburgh EH16 4SA",
        "0131 536 1000",
        "Ocean Dr",
        "Edinburgh EH6 6JJ",
    ),
    "belfast": _p(
        "uk",
        "Titanic Studios",
        "Queen's Rd",
        "Belfast BT3 9DT",
        54.6080,
        -5.9060,
        "Europe/London",
        "Royal Victoria Hospital",
        "274 Grosvenor Rd",
        "Belfast BT12 6BA",
        "028 9024 0503",
        "Hamilton Rd",
        "Belfast BT3 9DT",
    ),
    "cardiff": _p(
        "uk",
        "Wales Millennium Centre",
        "Bute Pl",
        "Cardiff CF10 5AL",
        51.4650,
        -3.1630,
        "Europe/London",
        "University Hospital of Wales",
        "Heath Park Way",
        "Cardiff CF14 4XW",
        "029 2074 7747",
        "Britannia Quay",
        "Cardiff CF10 4PA",
    ),
    "nola": _p(
        "us",
        "Gallier House",
        "1132 Royal St",
        "New Orleans, LA 70116",
        29.9610,
        -90.0610,
        "America/Chicago",
        "University Medical Center New Orleans",
        "2000 Canal St",
        "New Orleans, LA 70112",
        "(504) 702-3000",
        "1300 N Rampart St",
        "New Orleans, LA 70116",
    ),
    "abq": _p(
        "us",
        "Albuquerque Studios",
        "5650 University Blvd SE",
        "Albuquerque, NM 87106",
        35.0490,
        -106.6200,
        "America/Denver",
        "UNM Hospital",
        "2211 Lomas Blvd NE",
        "Albuquerque, NM 87106",
        "(505) 272-2111",
        "5700 University Blvd SE",
        "Albuquerque, NM 87106",
    ),
    "halifax": _p(
        "ca",
        "Pier 21",
        "1055 Marginal Rd",
        "Halifax, NS B3H 4P7",
        44.6370,
        -63.5670,
        "America/Halifax",
        "Halifax Infirmary",
        "1796 Summer St",
        "Halifax, NS B3H 3A7",
        "(902) 473-2700",
        "1215 Marginal Rd",
        "Halifax, NS B3H 4P8",
    ),
    "wroclaw": _p(
        "pl",
        "Hala Stulecia",
        "ul. Wystawowa 1",
        "51-618 Wrocław",
        51.1070,
        17.0770,
        "Europe/Warsaw",
        "Uniwersytecki Szpital Kliniczny",
        "ul. Borowska 213",
        "50-556 Wrocław",
        "71 733 11 00",
        "ul. Mikołaja Kopernika 9",
        "51-622 Wrocław",
    ),
    "poznan": _p(
        "pl",
        "Stary Browar",
        "ul. Półwiejska 42",
        "61-888 Poznań",
        52.4010,
        16.9260,
        "Europe/Warsaw",
        "Szpital Miejski im. Józefa Strusia",
        "ul. Szwajcarska 3",
        "61-285 Poznań",
        "61 873 90 00",
        "ul. Ogrodowa 17",
        "61-821 Poznań",
    ),
    "gdynia": _p(
        "pl",
        "Teatr Muzyczny",
        "pl. Grunwaldzki 1",
        "81-372 Gdynia",
        54.5170,
        18.5420,
        "Europe/Warsaw",
        "Szpital Miejski w Gdyni",
        "ul. Powstania Styczniowego 1",
        "81-519 Gdynia",
        "58 72 60 100",
        "ul. Armii Krajowej 24",
        "81-372 Gdynia",
    ),
}


def place(key: str) -> Place:
    return FRESH.get(key) or PLACES[key]


_sheet = sheet_maker("fresh")


def h12(hhmm: str, style: str = "us") -> str:
    h, m = (int(x) for x in hhmm.split(":"))
    ap = "AM" if h < 12 else "PM"
    if style == "short":  # reality / US TV: "6a", "6:30p"
        return f"{h % 12 or 12}{'' if m == 0 else f':{m:02d}'}{ap[0].lower()}"
    return f"{h % 12 or 12}:{m:02d} {ap}"


# --- night shoots: landscape page, a time strip across the top, sunset before sunrise --------


def _night(key: str, title: str, day: D, call: str, style: str, nights: str) -> Sheet:
    p = place(key)
    nxt = day + dt.timedelta(days=1)
    fall = p.sun(day)[1]
    rise = p.sun(nxt)[0]  # a night crew cares about tomorrow morning's sunrise
    wrap = add_minutes(call, 11 * 60)
    pl = p.region == "pl"

    def t(x: str) -> str:
        return h12(x) if style == "us" else (x.replace(":", ".").lstrip("0") if pl else x)

    def make() -> bytes:
        c = Canvas("a4", "sans")
        c.text(30, 40, title, 20, bold=True)
        if pl:
            c.text(30, 58, f"ZDJĘCIA NOCNE - noc {nights}", 10, bold=True)
            c.text(
                30,
                72,
                f"{PL_WEEKDAYS[day.weekday()]}/{PL_WEEKDAYS[nxt.weekday()]} "
                f"{day.day}/{nxt.day} {PL_GENITIVE[day.month - 1]} {day.year}",
                10,
            )
        elif style == "us":
            c.text(30, 58, f"NIGHT {nights}", 10, bold=True)
            c.text(30, 72, f"{day:%A}, {day:%B} {day.day}, {day.year} (into {nxt:%a} a.m.)", 10)
        else:
            c.text(30, 58, f"NIGHT SHOOT  -  Night {nights}", 10, bold=True)
            c.text(30, 72, f"{day:%A} {ordinal(day.day)} {day:%B} {day.year} - overnight", 10)
        labels = (
            ["Ekipa", "Charakteryzacja", "Kamera", "Posiłek", "Koniec"]
            if pl
            else ["Crew Call", "HMU / Costume", "Shooting Call", "Hot Meal", "Est. Wrap"]
        )
        times = [call, add_minutes(call, -60), add_minutes(call, 60), add_minutes(call, 330), wrap]
        x = 30
        c.hline(30, 565, 88)
        for lab, tm in zip(labels, times, strict=True):
            c.text(x, 102, lab.upper(), 7, bold=True)
            suffix = f" ({nxt:%a})" if tm == wrap and not pl else ""
            c.text(x, 118, t(tm) + suffix, 12, bold=True)
            x += 107
        c.hline(30, 565, 126)
        c.text(30, 146, "MIEJSCE ZDJĘĆ NOCNYCH" if pl else "NIGHT LOCATION", 8, bold=True)
        c.text(30, 160, p.name, 10)
        c.text(30, 173, p.street, 10)
        c.text(30, 186, p.city, 10)
        c.text(230, 146, "PARKING / BAZA" if pl else "UNIT BASE / CREW PARKING", 8, bold=True)
        c.text(230, 160, p.base_street, 10)
        c.text(230, 173, p.base_city, 10)
        c.text(420, 146, "SZPITAL (SOR 24h)" if pl else "24HR EMERGENCY", 8, bold=True)
        fit(c, 420, 160, p.hospital, 9, 150)
        c.text(420, 173, p.hospital_street, 9)
        c.text(420, 186, p.hospital_city, 9)
        c.text(420, 199, p.hospital_phone, 9)
        c.text(30, 226, ("Zachód słońca " if pl else "Sunset ") + t(fall), 9)
        c.text(
            150,
            226,
            (
                "Wschód słońca (" + PL_WEEKDAYS[nxt.weekday()] + ") "
                if pl
                else f"Sunrise ({nxt:%a}) "
            )
            + t(rise),
            9,
        )
        c.text(30, 256, "SC  SET  D/N  PAGES", 8, bold=True)
        for k, sc in enumerate(
            ("41 EXT. STREET - N1  2/8", "43 INT. HALL - N1  1 4/8", "44 EXT. YARD - N1  6/8")
        ):
            c.text(30, 270 + 13 * k, sc, 8.5)
        c.text(30, 320, "Turnaround: minimum 11 hours. Transport home from base at wrap.", 8)
        return c.output()

    exp = call_sheet(title, day, call, p, sun=(rise, fall))
    return _sheet(f"night_{key}", "night_shoot", "night shoot, time strip", make, exp)


# --- documentary / TV news crew sheets: a typed memo in a monospaced font ------------------


def _memo(
    key: str,
    slug: str,
    day: D,
    call: str | None,
    date_line: str,
    meet_label: str,
    crew_calls: list[str] | None = None,
) -> Sheet:
    p = place(key)

    def make() -> bytes:
        c = Canvas("a4", "courier")
        lines = [
            "CREW SHEET / SHOOT BRIEF",
            "",
            f"SLUG:        {slug}",
            "PROGRAMME:   Current Affairs - field unit",
            f"DATE:        {date_line}",
        ]
        if call:
            lines.append(f"{meet_label:13}{call.replace(':', '')} hrs")
        else:
            lines.append("CALL:        see crew list below (times vary)")
        lines += [
            f"LOCATION:    {p.name}",
            f"             {p.street}, {p.city}",
            f"PARKING:     {p.base}",
            "CONTACT:     Site manager 555-0190",
            "",
            "RUNNING ORDER",
            f"  {add_minutes(call or '08:00', 45)}  GVs exterior, arrivals",
            f"  {add_minutes(call or '08:00', 105)}  Interview 1 (sit-down, 2 cam)",
            f"  {add_minutes(call or '08:00', 240)}  Lunch",
            f"  {add_minutes(call or '08:00', 300)}  Interview 2, walk-and-talk",
            "",
            f"NEAREST A&E: {p.hospital}, {p.hospital_address}",
            f"             Tel {p.hospital_phone}",
            "",
            "CREW",
        ]
        calls = crew_calls or [call or "08:00"]
        for k, (role, name) in enumerate(
            (
                ("Producer", "Aoife Byrne"),
                ("Camera", "Dan Kerr"),
                ("Sound", "Ruth Mayo"),
                ("Runner", "Kit Lowe"),
            )
        ):
            lines.append(f"  {role:10}{name:14}555-01{60 + k}   {calls[k % len(calls)]}")
        for k, ln in enumerate(lines):
            c.text(40, 50 + 13 * k, ln, 9.5 if k else 13, bold=k == 0)
        return c.output()

    exp = call_sheet(slug, day, call or "00:00", p, sun=(None, None))
    exp["sunrise"] = exp["sunset"] = None  # a news crew sheet prints no sun times
    if call is None:
        exp["call_time"] = None
        exp["review"] = True  # no general call on the page: review is the right outcome
    return _sheet(f"memo_{key}", "doc_memo", "typed memo crew sheet", make, exp)


# --- Irish / Scottish / NI drama: label chips, two sets, hospital on page 2 ----------------


def _celtic(
    key: str, title: str, day: D, call: str, date_line: str, *, second: str | None = None
) -> Sheet:
    p = place(key)
    main_unit = ("Harbour Studios", "3 Dargan Cres, Belfast BT3 9JP")  # the other unit's set

    def make() -> bytes:
        c = Canvas("a4", "times")
        c.text(40, 46, title, 18, bold=True)
        c.text(40, 62, "SERIES 2  -  BLOCK 3  -  EPS 5 & 6", 9)
        c.right(
            555,
            46,
            "CALL SHEET No. 27" if not second else "2ND UNIT CALL SHEET No. 4",
            10,
            bold=True,
        )
        c.right(555, 62, date_line, 10)
        c.hline(40, 555, 72, 1)
        rows: list[tuple[str, str]] = []
        if second:
            rows.append(("MAIN UNIT (for info)", f"{second} at {main_unit[0]}"))
            rows.append(("2ND UNIT CALL", call))
        else:
            rows.append(("Crew Call (on set)", call))
        rows += [
            ("Breakfast", add_minutes(call, -45) + " at base"),
            ("Rehearse / Shoot", add_minutes(call, 15) + " / " + add_minutes(call, 45)),
            ("Lunch", add_minutes(call, 330)),
            ("Wrap (est.)", add_minutes(call, 660)),
        ]
        y = 92
        for lab, val in rows:
            c.text(40, y, lab.upper() + ":", 8, bold=True)
            c.text(170, y, val, 10, bold=lab.endswith("CALL") or lab.startswith("Crew"))
            y += 15
        c.text(330, 92, "SET 1", 8, bold=True)
        fit(c, 370, 92, f"{p.name} - INT. CELL BLOCK", 9, 185)
        c.text(370, 104, p.street, 9)
        c.text(370, 116, p.city, 9)
        c.text(330, 134, "SET 2", 8, bold=True)
        c.text(370, 134, f"{p.name} - EXT. YARD (same site)", 9)
        c.text(330, 152, "BASE", 8, bold=True)
        c.text(370, 152, p.base, 9)
        rise, fall = p.sun(day)
        c.text(330, 170, f"Sunrise {rise}   Sunset {fall}", 9)
        if second:
            c.text(330, 188, "MAIN UNIT LOCATION", 8, bold=True)
            c.text(330, 200, main_unit[1], 9)
        c.hline(40, 555, 214, 1)
        c.text(40, 232, "SC   SET                              CAST     PAGES", 8, bold=True)
        for k, sc in enumerate(
            (
                "12  INT. CELL BLOCK - DAY 3           1,4      2 1/8",
                "15  EXT. YARD - DAY 3                 1,2,7    1 3/8",
            )
        ):
            c.text(40, 246 + 13 * k, sc, 9)
        c.text(40, 290, "Emergency services, hospital and route map: see page 2.", 9)
        c.new_page()
        c.text(40, 46, f"{title} - SAFETY & MEDICAL (page 2)", 12, bold=True)
        c.text(40, 74, "Nearest Emergency Department", 9, bold=True)
        c.text(40, 88, p.hospital, 10)
        c.text(40, 101, p.hospital_address, 10)
        c.text(40, 114, p.hospital_phone, 10)
        c.text(40, 140, "Unit medic on set from " + add_minutes(call, -30), 9)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=["INT. CELL BLOCK"])
    return _sheet(
        f"drama_{key}" + ("_2nd" if second else ""),
        "celtic_drama",
        "drama sheet, sets right, hospital page 2",
        make,
        exp,
    )


# --- Polish TV series "PLAN DNIA": episode list, obiekty, hour table ------------------------


def _plan_dnia(key: str, title: str, day: D, call: str, nr: int) -> Sheet:
    p = place(key)

    def t(x: str) -> str:
        h, m = x.split(":")
        return f"{int(h)}.{m}"

    def make() -> bytes:
        c = Canvas("a4", "sans")
        c.text(40, 44, f"SERIAL „{title}”", 14, bold=True)
        c.text(40, 60, "odc. 23, 24, 26", 9)
        c.right(555, 44, f"PLAN DNIA nr {nr}", 14, bold=True)
        c.right(555, 60, f"{PL_WEEKDAYS[day.weekday()]}, {day:%d.%m.%Y} r.", 10)
        c.right(555, 74, f"dzień zdjęciowy {nr} / 88", 9)
        heads = ["Charakteryzacja", "Ekipa", "Początek zdjęć", "Obiad", "Koniec"]
        vals = [
            add_minutes(call, -75),
            call,
            add_minutes(call, 60),
            add_minutes(call, 360),
            add_minutes(call, 720),
        ]
        c.grid(40, 86, [103] * 5, [14, 18])
        for k, (hd, v) in enumerate(zip(heads, vals, strict=True)):
            c.text(44 + 103 * k, 96, hd, 7, bold=True)
            c.text(44 + 103 * k, 114, t(v), 10, bold=hd == "Ekipa")
        c.text(40, 142, "OBIEKT 1", 8, bold=True)
        c.text(110, 142, f"{p.name} (wnętrze - foyer)", 9)
        c.text(110, 154, f"{p.street}, {p.city}", 9)
        c.text(40, 172, "OBIEKT 2", 8, bold=True)
        c.text(110, 172, f"{p.name} - dach (ten sam adres)", 9)
        c.text(40, 190, "PARKING TECHNICZNY", 8, bold=True)
        c.text(140, 190, p.base, 9)
        rise, fall = p.sun(day)
        c.text(40, 208, f"wsch. {t(rise)}   zach. {t(fall)}", 9)
        c.text(40, 230, "NAJBLIŻSZY SOR", 8, bold=True)
        c.text(140, 230, p.hospital, 9)
        c.text(140, 242, f"{p.hospital_street}, {p.hospital_city}, tel. {p.hospital_phone}", 9)
        c.text(40, 270, "ODC.  SC.  OBIEKT                 P/N   STR.", 8, bold=True)
        for k, sc in enumerate(
            (
                "23    14   foyer - dzień           D     1 2/8",
                "24    3    dach - wieczór          N     0 6/8",
            )
        ):
            c.text(40, 284 + 13 * k, sc, 9)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=["wnętrze foyer"])
    return _sheet(f"plan_dnia_{key}", "plan_dnia", "Polish series plan dnia", make, exp)


# --- reality TV field sheet: US dotted dates, "CREW IN", hotel block -----------------------


def _reality(
    key: str, title: str, day: D, call: str, *, other_day: D | None = None, summary: bool = False
) -> Sheet:
    p = place(key)

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        c.text(36, 40, title, 16, bold=True)
        c.text(36, 56, "EPISODE 104  |  FIELD SHOOT  |  CALL SHEET", 9)
        c.right(576, 40, f"{day:%a} {day.month}.{day.day}.{day:%y}", 12, bold=True)
        if other_day:
            c.right(
                576,
                56,
                f"Revised - shoot date {other_day:%a} {other_day.month}/"
                f"{other_day.day}/{other_day:%y}",
                8,
            )
        c.box(36, 70, 540, 52)
        cols = [
            ("CREW IN", call),
            ("CAST PICK-UP", add_minutes(call, 90)),
            ("FIRST SETUP", add_minutes(call, 120)),
            ("LUNCH", add_minutes(call, 360)),
            ("OUT", add_minutes(call, 720)),
        ]
        for k, (lab, v) in enumerate(cols):
            c.text(46 + 106 * k, 86, lab, 7, bold=True)
            c.text(46 + 106 * k, 108, h12(v, "short"), 16, bold=True)
        if summary:  # a one-line recap for phones, beside the sun times
            c.text(300, 226, f"Crew Call: {h12(call)}   Location: {p.address}", 9)
        c.text(36, 144, "FIELD LOCATION", 8, bold=True)
        c.text(36, 157, p.name, 10)
        c.text(36, 170, p.address, 10)
        c.text(300, 144, "CREW HOTEL / HOLDING", 8, bold=True)
        c.text(300, 157, "Hampton Inn - rooms under EP104", 10)
        c.text(300, 170, p.base, 10)
        c.text(36, 194, "CLOSEST ER", 8, bold=True)
        c.text(36, 207, f"{p.hospital}  ·  {p.hospital_address}  ·  {p.hospital_phone}", 9)
        rise, fall = p.sun(day)
        c.text(36, 226, f"SUN UP {h12(rise)}   SUN DOWN {h12(fall)}", 9)
        c.text(36, 252, "SEGMENTS", 8, bold=True)
        for k, seg in enumerate(
            (
                "A - arrivals & confessionals",
                "B - challenge walk-through",
                "C - elimination (night, if light allows)",
            )
        ):
            c.text(36, 266 + 13 * k, seg, 9)
        return c.output()

    exp = call_sheet(title, day, call, p)
    if other_day:
        exp["shooting_date"] = None  # two dates that disagree: neither is certain
        exp["review"] = True
    name = f"reality_{key}" + ("_recap" if summary else "")
    return _sheet(name, "reality", "reality TV field sheet", make, exp)


def sheets() -> list[Sheet]:
    return [
        _night("nola", "BAYOU NOIR", D(2026, 10, 9), "18:30", "us", "4 of 6"),
        _night("cardiff", "HOLLOW TIDE", D(2026, 2, 20), "19:00", "uk", "2"),
        _night("wroclaw", "Nocna Zmiana", D(2026, 9, 25), "20:00", "pl", "3/5"),
        _memo(
            "halifax",
            "HARBOUR PILOTS",
            D(2026, 5, 12),
            "07:15",
            "Tuesday May 12 2026",
            "CREW MEET:",
        ),
        _memo("dublin", "HOUSING CRISIS", D(2026, 11, 5), "08:30", "Thurs 05/11/2026", "RV TIME:"),
        _memo(
            "abq",
            "DESERT WATER",
            D(2026, 4, 8),
            None,
            "Wed. April 8, 2026",
            "",
            crew_calls=["06:30", "07:00", "07:30", "08:00"],
        ),
        _celtic("dublin", "THE GAOL", D(2026, 3, 9), "07:30", "Mon 9th Mar '26"),
        _celtic(
            "edinburgh",
            "NORTHERN STAGE",
            D(2026, 6, 17),
            "08:00",
            f"Wednesday {ordinal(17)} June 2026",
        ),
        _celtic("belfast", "IRON SHIPYARD", D(2026, 8, 4), "09:00", "Tue 04.08.26", second="07:00"),
        _plan_dnia("wroclaw", "Przystań", D(2026, 5, 19), "07:00", 34),
        _plan_dnia("poznan", "Browar", D(2026, 10, 6), "06:30", 51),
        _plan_dnia("gdynia", "Port", D(2026, 7, 2), "08:00", 12),
        _reality("abq", "DESERT DATES", D(2026, 3, 17), "06:00"),
        _reality("atlanta", "PEACH STATE FLIP", D(2026, 9, 15), "07:30"),
        _reality("nola", "BIG EASY BAKE-OFF", D(2026, 4, 21), "06:30", other_day=D(2026, 4, 22)),
        _reality(
            "halifax",
            "SEAWALL SUPPER CLUB",
            D(2026, 6, 9),
            "07:00",
            other_day=D(2026, 6, 10),
            summary=True,
        ),
    ]
