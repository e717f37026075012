"""Thirty-first held-out set: the issue's hard kinds, fourth makers (`fresh30_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets: sheets a
crew member receives, each family from a different real maker or convention (CONVENTIONS.md,
"fresh30"). A North American commercial company's one-page template with numbered labels whose
values sit in the ruled cell BELOW the label's cell ("1. DATE" over "Tues. Nov 3/26", "4. SET
LOCATION"; St. John's, Québec City, Detroit), a Polish "plan zdjęciowy" typed as a list (production
call, crew call, lunch, tomorrow's call and the sent date; Gliwice, Częstochowa, Zakopane), a UK
plain grid (DATE | CREW CALL | SET LOCATION) with a left-aligned "Nearest A&E:" line a few
millimetres under it and a company line by the title (Coventry, Portsmouth, Leicester), a
spreadsheet "Save as PDF" export with gridlines, merged header cells and banded rows whose
letter-spacing varies (a uniform Tc, uniform per-glyph tracking, per-glyph tracking with doubled
word gaps; St. Louis, Southampton, Sunderland), a US episodic sheet with two or three sets on the
day, primary set first, unit base / crew parking / basecamp, sun and a weather box (Hartford, Las
Vegas, Rochester NY), and a Scandinavian production's advance call sheet in English, the day's
call in a header strip over one-liner scene strips (Malmö, Trondheim, Stavanger). Three near
misses (a three-page production budget top sheet, a post-production delivery schedule, a family
weekly planner titled "Family Call Sheet") must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one
a family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey, measure
from tests.corpus.formats import PL_GENITIVE, PL_WEEKDAYS, add_minutes
from tests.corpus.fresh_common import clock, date_or, expect, fill, sheet_maker, time_or, wrap
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # (1) North American numbered template, value in the cell below: St. John's, Québec, Detroit
    "rooms": _p(
        "ca",
        "The Rooms",
        "9 Bonaventure Ave",
        "St. John's, NL A1C 5P9",
        47.5675,
        -52.7085,
        "America/St_Johns",
        "Health Sciences Centre",
        "300 Prince Philip Dr",
        "St. John's, NL A1B 3V6",
        "(709) 777-6300",
        "Fort Townshend lot, Bonaventure Ave",
        "St. John's, NL A1C 3R8",
    ),
    "mcq": _p(
        "ca",
        "Musée de la civilisation",
        "85 Rue Dalhousie",
        "Québec, QC G1K 8R2",
        46.8140,
        -71.2020,
        "America/Toronto",
        "Hôtel-Dieu de Québec (CHU de Québec)",
        "11 Côte du Palais",
        "Québec, QC G1R 2J6",
        "(418) 525-4444",
        "Stationnement Dalhousie, 84 Rue Dalhousie",
        "Québec, QC G1K 4B9",
    ),
    "dia": _p(
        "us",
        "Detroit Institute of Arts",
        "5200 Woodward Ave",
        "Detroit, MI 48202",
        42.3594,
        -83.0645,
        "America/Detroit",
        "Detroit Receiving Hospital",
        "4201 St Antoine St",
        "Detroit, MI 48201",
        "(313) 745-3000",
        "Cultural Center lot, 5155 John R St",
        "Detroit, MI 48202",
    ),
    # (2) Polish plan zdjęciowy as a typed list: Gliwice, Częstochowa, Zakopane
    "radiostacja": _p(
        "pl",
        "Radiostacja Gliwice (wieża)",
        "ul. Tarnogórska 129",
        "44-102 Gliwice",
        50.3133,
        18.6889,
        "Europe/Warsaw",
        "Szpital Miejski nr 4 w Gliwicach",
        "ul. Zygmunta Starego 20",
        "44-100 Gliwice",
        "+48 32 330 81 00",
        "ul. Tarnogórska 131 (parking)",
        "44-102 Gliwice",
    ),
    "jasnagora": _p(
        "pl",
        "Jasna Góra (wały klasztorne)",
        "ul. o. Augustyna Kordeckiego 2",
        "42-225 Częstochowa",
        50.8125,
        19.0970,
        "Europe/Warsaw",
        "Wojewódzki Szpital Specjalistyczny im. NMP",
        "ul. Bialska 104/118",
        "42-200 Częstochowa",
        "+48 34 367 30 00",
        "ul. 7 Kamienic (parking dla autokarów)",
        "42-225 Częstochowa",
    ),
    "tatrzanskie": _p(
        "pl",
        "Muzeum Tatrzańskie (gmach główny)",
        "ul. Krupówki 10",
        "34-500 Zakopane",
        49.2970,
        19.9530,
        "Europe/Warsaw",
        "Szpital Powiatowy im. dr. Tytusa Chałubińskiego",
        "ul. Kamieniec 10",
        "34-500 Zakopane",
        "+48 18 263 20 00",
        "ul. Kościuszki 29 (parking przy dworcu)",
        "34-500 Zakopane",
    ),
    # (3) UK plain grid with a hospital line under it: Coventry, Portsmouth, Leicester
    "transport": _p(
        "uk",
        "Coventry Transport Museum",
        "Millennium Place, Hales St",
        "Coventry CV1 1JD",
        52.4110,
        -1.5090,
        "Europe/London",
        "University Hospital Coventry",
        "Clifford Bridge Rd",
        "Coventry CV2 2DX",
        "024 7696 4000",
        "Belgrade Plaza car park, Bond St",
        "Coventry CV1 4AH",
    ),
    "spinnaker": _p(
        "uk",
        "Emirates Spinnaker Tower",
        "Gunwharf Quays",
        "Portsmouth PO1 3TT",
        50.7955,
        -1.1085,
        "Europe/London",
        "Queen Alexandra Hospital",
        "Southwick Hill Rd, Cosham",
        "Portsmouth PO6 3LY",
        "023 9228 6000",
        "Gunwharf Quays car park, Gunwharf Rd",
        "Portsmouth PO1 3TZ",
    ),
    "space": _p(
        "uk",
        "National Space Centre",
        "Exploration Dr",
        "Leicester LE4 5NS",
        52.6536,
        -1.1323,
        "Europe/London",
        "Leicester Royal Infirmary",
        "Infirmary Square",
        "Leicester LE1 5WW",
        "0300 303 1573",
        "Abbey Park Rd overflow car park",
        "Leicester LE4 5AQ",
    ),
    # (4) spreadsheet exports: St. Louis, Southampton, Sunderland
    "basilica": _p(
        "us",
        "Cathedral Basilica of Saint Louis",
        "4431 Lindell Blvd",
        "St. Louis, MO 63108",
        38.6427,
        -90.2545,
        "America/Chicago",
        "Barnes-Jewish Hospital",
        "1 Barnes Jewish Hospital Plaza",
        "St. Louis, MO 63110",
        "(314) 747-3000",
        "Newstead Ave lot, 20 N Newstead Ave",
        "St. Louis, MO 63108",
    ),
    "seacity": _p(
        "uk",
        "SeaCity Museum",
        "Havelock Rd",
        "Southampton SO14 7FY",
        50.9085,
        -1.4065,
        "Europe/London",
        "Southampton General Hospital",
        "Tremona Rd",
        "Southampton SO16 6YD",
        "023 8077 7222",
        "Civic Centre car park, Commercial Rd",
        "Southampton SO15 1GS",
    ),
    "glass": _p(
        "uk",
        "National Glass Centre",
        "Liberty Way",
        "Sunderland SR6 0GL",
        54.9135,
        -1.3780,
        "Europe/London",
        "Sunderland Royal Hospital",
        "Kayll Rd",
        "Sunderland SR4 7TP",
        "0191 565 6256",
        "St Peter's Way car park",
        "Sunderland SR6 0DY",
    ),
    # (5) US episodic with two or three sets: Hartford, Las Vegas, Rochester NY
    "twain": _p(
        "us",
        "The Mark Twain House & Museum",
        "351 Farmington Ave",
        "Hartford, CT 06105",
        41.7668,
        -72.7010,
        "America/New_York",
        "Hartford Hospital",
        "80 Seymour St",
        "Hartford, CT 06102",
        "(860) 545-5000",
        "Asylum Hill lot, 151 Farmington Ave",
        "Hartford, CT 06105",
    ),
    "neon": _p(
        "us",
        "The Neon Museum",
        "770 Las Vegas Blvd N",
        "Las Vegas, NV 89101",
        36.1771,
        -115.1354,
        "America/Los_Angeles",
        "University Medical Center of Southern Nevada",
        "1800 W Charleston Blvd",
        "Las Vegas, NV 89102",
        "(702) 383-2000",
        "Cashman Center lot, 850 Las Vegas Blvd N",
        "Las Vegas, NV 89101",
    ),
    "eastman": _p(
        "us",
        "George Eastman Museum",
        "900 East Ave",
        "Rochester, NY 14607",
        43.1525,
        -77.5800,
        "America/New_York",
        "Strong Memorial Hospital",
        "601 Elmwood Ave",
        "Rochester, NY 14642",
        "(585) 275-2100",
        "Oxford St lot, 5 Oxford St",
        "Rochester, NY 14607",
    ),
    # (6) Scandinavian advance call sheets in English: Malmö, Trondheim, Stavanger
    "malmohus": _p(
        "se",
        "Malmöhus Castle (Malmö Museer)",
        "Malmöhusvägen 6",
        "211 18 Malmö",
        55.6050,
        12.9880,
        "Europe/Stockholm",
        "Skånes universitetssjukhus Malmö",
        "Carl Bertil Laurells gata 9",
        "214 28 Malmö",
        "+46 40 33 10 00",
        "Slottsparken parking, Malmöhusvägen",
        "211 18 Malmö",
    ),
    "nidaros": _p(
        "no",
        "Nidarosdomen (west front)",
        "Kongsgårdsgata 2",
        "7013 Trondheim",
        63.4269,
        10.3969,
        "Europe/Oslo",
        "St. Olavs hospital",
        "Prinsesse Kristinas gate 3",
        "7030 Trondheim",
        "+47 72 57 30 00",
        "Bakke bru parking, Innherredsveien 1",
        "7014 Trondheim",
    ),
    "oljemuseum": _p(
        "no",
        "Norsk Oljemuseum",
        "Kjeringholmen 1A",
        "4006 Stavanger",
        58.9730,
        5.7370,
        "Europe/Oslo",
        "Stavanger universitetssjukehus",
        "Gerd-Ragna Bloch Thorsens gate 8",
        "4011 Stavanger",
        "+47 51 51 80 00",
        "Jorenholmen parking, Verksgata 1",
        "4013 Stavanger",
    ),
}

NA_WD = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "na_a": f"{h12}:{m:02d}{ap[0].lower()}",  # "6:30a"
        "na_A": f"{h12}:{m:02d}{ap[0]}",  # Movie Magic "6:30A"
        "pl_godz": f"godz. {h}.{m:02d}",  # "godz. 7.00"
        "pl_colon": f"{h}:{m:02d}",
        "uk_dot": f"{h12}.{m:02d}{ap.lower()}",  # "7.30am"
        "nordic": f"{h:02d}.{m:02d}",  # Scandinavian "07.00"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "na_slash": f"{NA_WD[d.weekday()]} {d:%b} {d.day}/{d:%y}",  # "Tues. Nov 3/26"
        "na_slash_bare": f"{d:%b} {d.day}/{d:%y}",  # "Nov 3/26"
        "pl_wd": f"{PL_WEEKDAYS[d.weekday()]}, {d.day} {PL_GENITIVE[d.month - 1]} {d.year}",
        "pl_num": f"{d:%d.%m.%Y} r.",  # "05.11.2026 r."
        "uk_grid": f"{d:%a} {d.day} {d:%b} {d:%y}",  # "Tue 10 Nov 26"
        "xl_iso": d.isoformat(),
        "xl_dmy": f"{d:%d/%m/%Y}",
        "xl_long": f"{d:%A}, {d:%B} {d.day}, {d.year}",
        "ep_top": f"{d:%A}, {d:%B} {d.day}, {d.year}".upper(),
        "nordic": f"{d:%A} {d.day} {d:%B} {d.year}",  # "Thursday 5 November 2026"
        "nordic_short": f"{d:%a} {d.day}.{d.month}.{d.year}",  # "Thu 5.11.2026"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh30")


def rows(
    c: Canvas,
    x: float,
    y: float,
    heads: list[str],
    xs: list[float],
    data: list[tuple[str, ...]],
    right: float,
    *,
    size: float = 8.0,
    lead: float = 12.5,
    shade: int = 225,
) -> float:
    """A shaded head row and ruled rows under it; returns the baseline under it."""
    fill(c, x, y - 9, right - x, 12, shade)
    for h, dx in zip(heads, xs, strict=True):
        fit(c, x + 3 + dx, y, h, size - 0.5, 200, bold=True)
    c.hline(x, right, y + 3, 0.3)
    for row in data:
        y += lead
        for i, v in enumerate(row):
            x1 = xs[i + 1] if i + 1 < len(xs) else right - x
            fit(c, x + 3 + xs[i], y, v, size, x1 - xs[i] - 5)
        c.hline(x, right, y + 3, 0.2)
    return y + lead


# --- (1) North American commercial template: numbered labels, the value in the cell BELOW ------


def _na(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", g["font"])
        W = c.width
        x0, right = 34.0, W - 34.0
        c.text(x0, 44, g["company"], 16, bold=True)
        grey(c, 100)
        c.text(x0, 57, g["company_addr"], 7.5)
        black(c)
        c.right(right, 44, "CALL SHEET", 18, bold=True)
        c.right(right, 57, f"Job No. {g['job']}   |   Day {g['dayno']} of {g['days']}", 8.5)
        c.text(x0, 82, title, 13, bold=True)
        c.text(x0, 95, f"Client: {g['client']}   Agency: {g['agency']}", 8.5)
        c.right(right, 95, f"Director: {g['director']}   Producer: {g['producer']}", 8.5)
        y = 106.0

        def band(cells: list[tuple[float, str]], values: list[list[str]], h: float, vs: float):
            """A shaded label row of numbered labels, then the value row below it."""
            nonlocal y
            xs = [x0]
            for frac, _ in cells:
                xs.append(xs[-1] + frac * (right - x0))
            fill(c, x0, y, right - x0, 12, 220)
            for i, (_, lab) in enumerate(cells):
                c.box(xs[i], y, xs[i + 1] - xs[i], 12, 0.6)
                fit(c, xs[i] + 3, y + 8.8, lab, 6.8, xs[i + 1] - xs[i] - 6, bold=True)
            y += 12
            for i, lines in enumerate(values):
                c.box(xs[i], y, xs[i + 1] - xs[i], h, 0.6)
                yy = y + vs + 3
                for k, ln in enumerate(lines):
                    size = vs if k == 0 else min(vs, 8.5)
                    fit(c, xs[i] + 4, yy, ln, size, xs[i + 1] - xs[i] - 8, bold=k == 0)
                    yy += size + 2.5
            y += h

        band(
            [
                (0.34, "1. DATE"),
                (0.22, "2. CREW CALL"),
                (0.22, "3. FIRST SHOT"),
                (0.22, "4. LUNCH"),
            ],
            [
                [day_text(day, g["date_style"])],
                [hm(call, t)],
                [hm(add_minutes(call, g["first"]), t)],
                [hm(add_minutes(call, 360), t)],
            ],
            26,
            13,
        )
        band(
            [(0.5, "5. SET LOCATION"), (0.5, "6. UNIT BASE / CREW PARKING")],
            [
                [p.name, p.street, p.city, g["set"]],
                [p.base_street, p.base_city, g["parking"]],
            ],
            56,
            10,
        )
        band(
            [(0.5, "7. NEAREST HOSPITAL (EMERGENCY)"), (0.25, "8. SUNRISE"), (0.25, "9. SUNSET")],
            [[p.hospital, p.hospital_address, p.hospital_phone], [hm(rise, t)], [hm(fall, t)]],
            44,
            9.5,
        )
        if g.get("prerig"):
            # HARD: a numbered pre-rig cell carries the day before and its own, earlier call
            pd = day - dt.timedelta(days=1)
            band(
                [
                    (0.34, "10. WEATHER"),
                    (0.33, "11. PRE-RIG (ELECTRIC / GRIP)"),
                    (0.33, "12. WRAP"),
                ],
                [
                    [g["weather"]],
                    [f"{day_text(pd, 'na_slash_bare')}  {hm(g['prerig'], t)}", g["prerig_note"]],
                    [hm(add_minutes(call, 660), t)],
                ],
                30,
                9,
            )
        else:
            band(
                [(0.5, "10. WEATHER"), (0.5, "11. EST. WRAP")],
                [[g["weather"]], [hm(add_minutes(call, 660), t)]],
                24,
                9,
            )
        y += 18
        c.text(x0, y, "SCHEDULE", 10, bold=True)
        y = rows(
            c,
            x0,
            y + 14,
            ["TIME", "SHOT / DESCRIPTION", "TALENT", "NOTES"],
            [0, 62, 330, 440],
            [(hm(add_minutes(call, o), t), a, b, n) for o, a, b, n in g["schedule"]],
            right,
        )
        c.text(x0, y, "CREW", 10, bold=True)
        y = rows(
            c,
            x0,
            y + 14,
            ["POSITION", "NAME", "CELL", "CALL"],
            [0, 140, 300, 440],
            [(a, b, ph, hm(add_minutes(call, o), t)) for a, b, ph, o in g["crew"]],
            right,
        )
        c.text(x0, y, "TALENT", 10, bold=True)
        y = rows(
            c,
            x0,
            y + 14,
            ["ROLE", "NAME", "PICK-UP", "H/MU", "ON SET"],
            [0, 140, 300, 370, 440],
            [
                (
                    a,
                    b,
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 15), t),
                    hm(add_minutes(call, o + 75), t),
                )
                for a, b, o in g["talent"]
            ],
            right,
        )
        grey(c, 110)
        c.text(x0, c.pdf.h - 26, g["footer"], 7)
        c.right(right, c.pdf.h - 26, "No visitors to set without producer approval.", 7)
        black(c)
        return c.output()

    return _sheet(
        f"na_{key}",
        "na_numbered_below",
        "North American commercial template: numbered label row, the value in the cell below",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _na_sheets() -> list[Sheet]:
    return [
        _na(
            "rooms",
            "Atlantic Mutual - Home Port",
            D(2026, 11, 3),
            "07:00",
            {
                "font": "helvetica",
                "company": "NARROWS FILM CO.",
                "company_addr": "Narrows Film Co. Ltd., 155 Water St, St. John's, NL A1C 1B3",
                "job": "NFC-2641",
                "dayno": 1,
                "days": 2,
                "client": "Atlantic Mutual",
                "agency": "Signal Hill Creative",
                "director": "Shauna Kavanagh",
                "producer": "Dwayne Pittman",
                "date_style": "na_slash",
                "time": "na_a",
                "first": 90,
                "set": "Level 4 gallery and the harbour-view atrium",
                "parking": "Crew cars on Fort Townshend; trucks on Bonaventure Ave (permit).",
                "weather": "Cloud, showers after 3p, 6 C, wind W 40 km/h",
                "schedule": [
                    (0, "Crew call, load in through the dock", "", "Elevator booked"),
                    (90, "Atrium: family at the window, wide", "Mother, Son", "Harbour view"),
                    (240, "Gallery: the map, close-ups", "Mother", ""),
                    (360, "Lunch", "", "Cafe level 4"),
                    (420, "Atrium: product line, pack shot", "Son", ""),
                ],
                "crew": [
                    ("Producer", "Dwayne Pittman", "709-555-0142", 0),
                    ("1st AD", "Kayla Hynes", "709-555-0187", 0),
                    ("DOP", "Marc Doucette", "709-555-0133", 0),
                    ("Gaffer", "Terry Walsh", "709-555-0171", -30),
                    ("Art Director", "Nicole Ryan", "709-555-0119", -30),
                ],
                "talent": [("Mother", "Erin Coady", 15), ("Son", "Liam Hickey", 45)],
                "footer": "Narrows Film Co. - St. John's - call sheet v1",
            },
        ),
        _na(
            "mcq",
            "Laiterie Beaupré - Le matin",
            D(2026, 11, 10),
            "06:30",
            {
                "font": "helvetica",
                "company": "CAP-DIAMANT PRODUCTIONS",
                "company_addr": "Cap-Diamant Productions inc., Québec, QC G1K 8W1",
                "job": "CD-2618",
                "dayno": 2,
                "days": 3,
                "client": "Laiterie Beaupré",
                "agency": "Agence Saint-Roch",
                "director": "Mathieu Gagnon",
                "producer": "Isabelle Tremblay",
                "date_style": "na_slash",
                "time": "na_A",
                "first": 75,
                "set": "Main hall, the glass staircase",
                # HARD: a pre-rig cell with yesterday's date and an earlier call
                "prerig": "14:00",
                "prerig_note": "Rigging crew only, power from house panel B",
                "parking": "Crew in Stationnement Dalhousie (validated); trucks Rue Saint-Antoine.",
                "weather": "Sunny breaks, 3 C",
                "schedule": [
                    (0, "Crew call, breakfast in the loading bay", "", ""),
                    (75, "Staircase: girl runs down with the bottle", "Girl", "Steadicam"),
                    (210, "Main hall: family breakfast table", "Family", ""),
                    (360, "Lunch", "", ""),
                    (420, "Pack shot, tabletop", "", "Macro"),
                ],
                "crew": [
                    ("Producer", "Isabelle Tremblay", "418-555-0164", 0),
                    ("1st AD", "Olivier Roy", "418-555-0115", 0),
                    ("DOP", "Sophie Bélanger", "418-555-0148", 0),
                    ("Key Grip", "Éric Lavoie", "418-555-0190", 0),
                    ("Wardrobe", "Julie Côté", "418-555-0126", -15),
                ],
                "talent": [("Girl", "Léa Morin", 30), ("Father", "Jean Pelletier", 90)],
                "footer": "Cap-Diamant Productions - Québec - call sheet v2",
            },
        ),
        _na(
            "dia",
            "Great Lakes Credit Union - Made Here",
            D(2026, 11, 17),
            "07:30",
            {
                "font": "helvetica",
                "company": "RIVER ROUGE PICTURES",
                "company_addr": "River Rouge Pictures LLC, 1420 Washington Blvd, Detroit, MI 48226",
                "job": "RRP-2655",
                "dayno": 1,
                "days": 1,
                "client": "Great Lakes Credit Union",
                "agency": "Motor City Brand Works",
                "director": "Andre Coleman",
                "producer": "Megan Kowalski",
                "date_style": "na_slash_bare",
                "time": "na_a",
                "first": 90,
                "set": "Rivera Court and the Great Hall",
                "parking": "Crew in the Cultural Center lot; trucks on Farnsworth St.",
                "weather": "Overcast, 41 F, light snow late",
                "schedule": [
                    (0, "Crew call, load in via the Farnsworth dock", "", "Museum escort"),
                    (
                        90,
                        "Rivera Court: worker looks up at the murals",
                        "Worker",
                        "No lights on walls",
                    ),
                    (240, "Great Hall: the armour, tracking", "Worker, Daughter", ""),
                    (360, "Lunch", "", ""),
                    (420, "Exterior steps: the hug", "Worker, Daughter", "Last light"),
                ],
                "crew": [
                    ("Producer", "Megan Kowalski", "313-555-0122", 0),
                    ("1st AD", "Tyrone Hill", "313-555-0158", 0),
                    ("DP", "Kenji Sato", "313-555-0181", 0),
                    ("Gaffer", "Rob Nowak", "313-555-0137", -30),
                    ("Location Manager", "Dana Brooks", "313-555-0104", -60),
                ],
                "talent": [("Worker", "Marcus Reed", 15), ("Daughter", "Aaliyah Reed", 60)],
                "footer": "River Rouge Pictures - Detroit - call sheet v1",
            },
        ),
    ]


# --- (2) Polish plan zdjęciowy typed as a list (no grid) --------------------------------------


def _pl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        x0, right = 56.0, W - 56.0
        c.text(x0, 52, g["company"], 9, bold=True)
        c.right(right, 52, g["company_addr"], 8)
        centre(c, 84, f"PLAN ZDJĘCIOWY NR {g['dayno']}", 15)
        centre(c, 102, f"„{title}”", 12, bold=False)
        centre(c, 116, g["kind"], 9, bold=False)
        y = 146.0
        nd = day + dt.timedelta(days=1)
        items: list[tuple[str, str]] = [
            ("Data zdjęć", day_text(day, g["date_style"])),
            ("Dzień zdjęciowy", f"{g['dayno']} z {g['days']}"),
            ("Zbiórka produkcji", hm(add_minutes(call, -45), t)),
            ("Zbiórka ekipy", hm(call, t)),
            ("Gotowość do zdjęć", hm(add_minutes(call, 90), t)),
            ("Obiad", hm(add_minutes(call, 360), t)),
            ("Planowane zakończenie", hm(add_minutes(call, 660), t)),
            ("Miejsce zdjęć", f"{p.name}, {p.street}, {p.city}"),
            ("Obiekt / dekoracja", g["set"]),
            ("Baza i parking", f"{p.base_street}, {p.base_city}"),
            ("Szpital (SOR)", f"{p.hospital}, {p.hospital_address}, tel. {p.hospital_phone}"),
            ("Wschód / zachód słońca", f"{hm(rise, 'pl_colon')} / {hm(fall, 'pl_colon')}"),
            ("Pogoda", g["weather"]),
        ]
        leaders = g.get("leaders", False)
        lab_w = 150.0
        for lab, val in items:
            if leaders:
                # HARD: dot leaders run from each label to its value, as typed in a word processor
                w = c.text(x0, y, lab, 10)
                dots = "." * max(3, int((lab_w - w - 6) / measure(c, ".", 10)))
                c.text(x0 + w + 3, y, dots, 10)
            else:
                c.text(x0, y, f"{lab}:", 10, bold=True)
            lines = wrap(c, val, 10, right - x0 - lab_w)
            for k, ln in enumerate(lines):
                c.text(x0 + lab_w, y + 13 * k, ln, 10, bold=lab == "Zbiórka ekipy")
            y += 13 * len(lines) + 5
        y += 8
        c.text(x0, y, "SCENY", 11, bold=True)
        y = rows(
            c,
            x0,
            y + 15,
            ["Sc.", "Obiekt", "P/N", "Opis", "Obsada", "Str."],
            [0, 30, 150, 180, 360, 440],
            g["scenes"],
            right,
            size=8.5,
        )
        c.text(x0, y, "OBSADA", 11, bold=True)
        y = rows(
            c,
            x0,
            y + 15,
            ["Rola", "Aktor", "Charakteryzacja", "Na planie"],
            [0, 120, 260, 360],
            [
                (r, a, hm(add_minutes(call, o), t), hm(add_minutes(call, o + 60), t))
                for r, a, o in g["cast"]
            ],
            right,
            size=8.5,
        )
        c.text(x0, y, "KONTAKTY", 11, bold=True)
        y += 15
        for role, name, phone in g["contacts"]:
            c.text(x0, y, f"{role}: {name}, tel. {phone}", 9)
            y += 12
        y += 8
        jutro = (
            f"Jutro ({day_text(nd, 'pl_num')}): zbiórka ekipy {hm(g['tomorrow_call'], t)}, "
            f"{g['tomorrow']}"
        )
        for ln in wrap(c, jutro, 9.5, right - x0, bold=True):
            c.text(x0, y, ln, 9.5, bold=True)
            y += 12
        y += 10
        grey(c, 90)
        c.text(x0, y, f"Wysłano: {g['sent']}   Kierownik produkcji: {g['pm']}", 8.5)
        black(c)
        return c.output()

    return _sheet(
        f"pl_{key}",
        "pl_plan_lista",
        "Polish plan zdjęciowy typed as a list: production / crew call, lunch, tomorrow, sent date",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _pl_sheets() -> list[Sheet]:
    return [
        _pl(
            "radiostacja",
            "Fale",
            D(2026, 10, 15),
            "07:00",
            {
                "font": "sans",
                "company": "ŚLĄSKA WYTWÓRNIA FILMOWA SP. Z O.O.",
                "company_addr": "ul. Zwycięstwa 36, 44-100 Gliwice",
                "kind": "film fabularny, reż. Tomasz Wieczorek",
                "dayno": 8,
                "days": 26,
                "date_style": "pl_wd",
                "time": "pl_colon",
                "set": "wieża i sala nadajnika (INT./EXT.)",
                "weather": "pochmurno, 11°C, wiatr zachodni 20 km/h",
                "scenes": [
                    ("14", "Sala nadajnika", "D", "Napad: wejście do sali", "1, 2, 4", "2 3/8"),
                    ("15", "Sala nadajnika", "D", "Komunikat przez mikrofon", "1, 4", "1 1/8"),
                    ("22", "Wieża, podnóże", "D", "Ucieczka przez park", "2, 3", "6/8"),
                ],
                "cast": [
                    ("Naujoks", "Piotr Adamczyk-Wolny", -30),
                    ("Radiowiec", "Jan Szewczyk", 0),
                    ("Strażnik", "Marek Kurek", 30),
                ],
                "contacts": [
                    ("Kierownik planu", "Agnieszka Nowok", "601 555 214"),
                    ("II reżyser", "Paweł Sitko", "602 555 387"),
                ],
                "tomorrow_call": "07:30",
                "tomorrow": "Palmiarnia Miejska, ul. Fredry 6, Gliwice",
                "sent": "14.10.2026, 20:35",
                "pm": "Krzysztof Mazur",
            },
        ),
        _pl(
            "jasnagora",
            "Pielgrzymi",
            D(2026, 10, 22),
            "06:30",
            {
                "font": "sans",
                "company": "WARTA FILM S.A.",
                "company_addr": "al. Najświętszej Maryi Panny 24, 42-217 Częstochowa",
                "kind": "serial dokumentalny, odc. 3, reż. Ewa Pawlak",
                "dayno": 4,
                "days": 12,
                # HARD: dot leaders between each label and its value
                "leaders": True,
                "date_style": "pl_num",
                "time": "pl_godz",
                "set": "wały i dziedziniec (EXT.), kaplica (INT.)",
                "weather": "mgła rano, potem słonecznie, 8°C",
                "scenes": [
                    ("3", "Wały", "R", "Pielgrzymi dochodzą o świcie", "grupa", "1"),
                    ("5", "Dziedziniec", "D", "Rozmowa z przewodnikiem", "1, 2", "2/8"),
                    ("7", "Kaplica", "D", "Modlitwa (bez dźwięku)", "2", "1/8"),
                ],
                "cast": [
                    ("Przewodnik", "o. Marcin (naturszczyk)", 30),
                    ("Pielgrzym", "Anna Wróbel", 0),
                ],
                "contacts": [
                    ("Kierownik produkcji", "Bartosz Lis", "605 555 120"),
                    ("Operator", "Michał Zając", "606 555 871"),
                ],
                "tomorrow_call": "08:00",
                "tomorrow": "Muzeum Produkcji Zapałek, ul. Ogrodowa 68, Częstochowa",
                "sent": "21.10.2026 r., godz. 21.05",
                "pm": "Bartosz Lis",
            },
        ),
        _pl(
            "tatrzanskie",
            "Halny",
            D(2026, 11, 5),
            "07:30",
            {
                "font": "sans",
                "company": "PODHALE MEDIA SP. Z O.O.",
                "company_addr": "ul. Kasprusie 27, 34-500 Zakopane",
                "kind": "serial kryminalny, odc. 5-6, reż. Grzegorz Bukowski",
                "dayno": 17,
                "days": 48,
                "date_style": "pl_genitive",
                "time": "pl_colon",
                "set": "sala etnograficzna i hol (INT.)",
                "weather": "halny, porywy do 70 km/h, 9°C",
                "scenes": [
                    ("41", "Muzeum, sala", "D", "Komisarz ogląda gablotę", "1, 5", "1 4/8"),
                    ("42", "Muzeum, hol", "D", "Przesłuchanie kustosza", "1, 6", "2 2/8"),
                    ("58", "Muzeum, sala", "N", "Włamanie (efekt nocy)", "7", "5/8"),
                ],
                "cast": [
                    ("Komisarz Gąsienica", "Katarzyna Zięba", 0),
                    ("Kustosz", "Stanisław Bachleda", 45),
                    ("Włamywacz", "Dawid Róg", 120),
                ],
                "contacts": [
                    ("Kierownik planu", "Wojciech Karpiel", "603 555 498"),
                    ("II reżyser", "Monika Fudala", "604 555 736"),
                ],
                "tomorrow_call": "06:45",
                "tomorrow": "Dolina Kościeliska, parking Kiry",
                "sent": "4.11.2026, 19:50",
                "pm": "Joanna Stoch",
            },
        ),
    ]


# --- (3) UK plain grid: DATE | CREW CALL | SET LOCATION, a hospital line a few mm under it ------


def _uk(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        x0, right = 42.0, W - 42.0
        c.text(x0, 56, "CALL SHEET", 20, bold=True)
        grey(c, 80)
        c.text(x0, 80, f"{g['company']}  ·  {g['company_addr']}", 8.5)
        black(c)
        c.right(right, 42, title, 13, bold=True)
        c.right(right, 54, f"Client: {g['client']}", 8.5)
        c.right(
            right, 65, f"Producer: {g['producer']} ({g['phone']})   Director: {g['director']}", 8
        )
        y = 92.0
        widths = [0.27, 0.18, 0.55]
        xs = [x0]
        for f in widths:
            xs.append(xs[-1] + f * (right - x0))
        heads = ["DATE", "CREW CALL", "SET LOCATION"]
        c.hline(x0, right, y, 0.8)
        for i, h in enumerate(heads):
            c.text(xs[i] + 4, y + 11, h, 8, bold=True)
        c.hline(x0, right, y + 15, 0.5)

        def value_row(yy: float, d: D, cl: str, loc: list[str], tag: str = "") -> float:
            if tag:
                c.text(xs[0] + 4, yy + 12, tag, 7, bold=True)
                yy += 9
            c.text(xs[0] + 4, yy + 13, day_text(d, g["date_style"]), 10)
            c.text(xs[1] + 4, yy + 13, hm(cl, t), 11, bold=True)
            for k, ln in enumerate(loc):
                c.text(xs[2] + 4, yy + 13 + 12 * k, ln, 10, bold=k == 0)
            return yy + 13 + 12 * len(loc) - 4

        loc = [p.name, f"{p.street}, {p.city}", g["set"]]
        if g.get("tomorrow_row"):
            # HARD: the grid carries today's row and tomorrow's, both with date, call and set
            end = value_row(y + 15, day, call, loc, "TODAY")
            c.hline(x0, right, end + 4, 0.3)
            nd, ncall, nloc = g["tomorrow_row"]
            end = value_row(end + 4, nd, ncall, nloc, "TOMORROW")
        else:
            end = value_row(y + 15, day, call, loc)
        c.hline(x0, right, end + 4, 0.8)
        for xx in xs:
            c.vline(xx, y, end + 4, 0.5)
        y = end + 4 + 11  # about 4 mm under the grid, left-aligned
        c.text(
            x0, y, f"{g['hosp_label']} {p.hospital}, {p.hospital_address} ({p.hospital_phone})", 9
        )
        y += 12
        for ln in wrap(c, f"Parking / unit base: {p.base}. {g['parking']}", 9, right - x0):
            c.text(x0, y, ln, 9)
            y += 12
        c.text(
            x0,
            y,
            f"Sunrise {hm(rise, 'h24')}  ·  Sunset {hm(fall, 'h24')}  ·  Weather: {g['weather']}",
            9,
        )
        y += 26
        c.text(x0, y, "Timings", 11, bold=True)
        y = rows(
            c,
            x0,
            y + 15,
            ["Time", "What"],
            [0, 70],
            [
                (hm(add_minutes(call, o), t), w)
                for o, w in [
                    (0, "Crew call, unload, safety briefing"),
                    (60, "Breakfast on the go / first set-up"),
                    (300, "Lunch"),
                    (600, "Wrap, load out"),
                ]
            ],
            right,
            size=8.5,
        )
        c.text(x0, y, "Running order", 11, bold=True)
        y = rows(
            c,
            x0,
            y + 15,
            ["From", "Scene / shot", "Who"],
            [0, 70, 340],
            [(hm(add_minutes(call, o), t), a, b) for o, a, b in g["running"]],
            right,
            size=8.5,
        )
        c.text(x0, y, "Crew & contributors", 11, bold=True)
        y = rows(c, x0, y + 15, ["Role", "Name", "Mobile"], [0, 140, 320], g["people"], right)
        grey(c, 110)
        c.text(x0, c.pdf.h - 28, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"uk_{key}",
        "uk_plain_grid",
        "UK plain grid DATE | CREW CALL | SET LOCATION, hospital line a few mm under it",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _uk_sheets() -> list[Sheet]:
    return [
        _uk(
            "transport",
            "Wheels of the City",
            D(2026, 11, 10),
            "07:30",
            {
                "font": "helvetica",
                "company": "Spon End Pictures Ltd",
                "company_addr": "The Fire Station, 1 Hales St, Coventry CV1 1JD",
                "client": "Coventry City Council (City of Culture legacy)",
                "producer": "Harpreet Sandhu",
                "phone": "07700 900412",
                "director": "Owen Bradley",
                "date_style": "uk_plain",
                "time": "h24",
                "hosp_label": "Hospital:",
                "set": "Land speed record gallery (Thrust2 and ThrustSSC)",
                "parking": "Kit vans drop at the Hales St doors, then to Belgrade Plaza.",
                "weather": "Dry, bright, 9C",
                "running": [
                    (60, "Gallery GVs, slider past the cars", "Camera"),
                    (150, "Interview: curator by ThrustSSC", "Curator"),
                    (360, "Visitor vox pops at the entrance", "Public (releases)"),
                ],
                "people": [
                    ("Producer", "Harpreet Sandhu", "07700 900412"),
                    ("Director", "Owen Bradley", "07700 900655"),
                    ("Camera", "Becky Molloy", "07700 900283"),
                    ("Sound", "Dev Patel", "07700 900917"),
                ],
                "footer": "Spon End Pictures Ltd · Registered in England 09876543",
            },
        ),
        _uk(
            "spinnaker",
            "Harbour Lights",
            D(2026, 11, 12),
            "06:45",
            {
                "font": "helvetica",
                "company": "Solent Sound & Vision",
                "company_addr": "Unit 4, Gunwharf Quays, Portsmouth PO1 3TZ",
                "client": "Visit Portsmouth",
                "producer": "Chloe Hammond",
                "phone": "07700 900370",
                "director": "Sam Okafor",
                "date_style": "uk_grid",
                "time": "uk_dot",
                "hosp_label": "Nearest A&E:",
                "set": "Sky Garden deck and the glass floor",
                # HARD: a TOMORROW row in the same grid under today's
                "tomorrow_row": (
                    D(2026, 11, 13),
                    "08:00",
                    ["HMS Warrior 1860", "Victory Gate, HM Naval Base, Portsmouth PO1 3QX"],
                ),
                "parking": "Pay on exit; receipts to Chloe.",
                "weather": "Cold, clear at dawn, wind SW 25 mph",
                "running": [
                    (45, "Sunrise timelapse from the Sky Garden", "Camera"),
                    (120, "Presenter on the glass floor", "Presenter"),
                    (300, "Drone: tower and harbour (NOTAM filed)", "Drone op"),
                ],
                "people": [
                    ("Producer", "Chloe Hammond", "07700 900370"),
                    ("Director", "Sam Okafor", "07700 900198"),
                    ("Camera", "Nina Carter", "07700 900554"),
                    ("Drone", "Joe Pike", "07700 900726"),
                ],
                "footer": "Solent Sound & Vision · Portsmouth",
            },
        ),
        _uk(
            "space",
            "Rocket Tower Stories",
            D(2026, 11, 18),
            "08:00",
            {
                "font": "sans",
                "company": "Soar Valley Films",
                "company_addr": "LCB Depot, 31 Rutland St, Leicester LE1 1RE",
                "client": "National Space Centre",
                "producer": "Aisha Mistry",
                "phone": "07700 900841",
                "director": "Tom Gregory",
                "date_style": "uk_short",
                "time": "us_lower",
                "hosp_label": "Nearest A&E:",
                "set": "Rocket Tower and the planetarium foyer",
                "parking": "Crew use the overflow car park; no parking on Exploration Dr.",
                "weather": "Showers, 8C",
                "running": [
                    (60, "Rocket Tower: Blue Streak, crane down", "Camera"),
                    (180, "Interview: education officer", "Contributor"),
                    (330, "School group in the planetarium foyer", "Pupils (consent forms)"),
                ],
                "people": [
                    ("Producer", "Aisha Mistry", "07700 900841"),
                    ("Director", "Tom Gregory", "07700 900362"),
                    ("Camera", "Liam Flynn", "07700 900615"),
                    ("Runner", "Grace Obi", "07700 900209"),
                ],
                "footer": "Soar Valley Films Ltd · Leicester",
            },
        ),
    ]


# --- (4) spreadsheet "Save as PDF" export: gridlines, merged headers, banded rows, tracking ----


def tracked(c: Canvas, x: float, y: float, text: str, size: float, mode: str, **kw: Any) -> None:
    """Draw a cell's text the way the export wrote it: `tc` with a character spacing, `glyph`
    one glyph at a time with an even gap, `wide` one glyph at a time with a wide even gap and a
    doubled gap between words."""
    bold = bool(kw.get("bold"))
    c._font(text, size, bold, None)
    if mode == "tc":
        c.pdf.set_char_spacing(0.9)
        c.pdf.text(x, y, text)
        c.pdf.set_char_spacing(0)
        return
    gap = size * (0.06 if mode == "glyph" else 0.2)
    for ch in text:
        c.pdf.text(x, y, ch)
        x += float(c.pdf.get_string_width(ch)) + (gap * 2 if ch == " " else gap)


def _xl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]
    mode = g["mode"]

    def make() -> bytes:
        c = Canvas(g["page"], g["font"])
        x0 = 30.0
        cols = [78.0, 88.0, 62.0, 88.0, 78.0, 70.0, 70.0]
        xs = [x0]
        for w in cols:
            xs.append(xs[-1] + w)
        right = xs[-1]

        def rule(y: float, h: float, splits: list[int], shade: int | None = None) -> None:
            if shade is not None:
                fill(c, x0, y, right - x0, h, shade)
            c.pdf.set_draw_color(170, 170, 170)
            c.hline(x0, right, y, 0.3)
            c.hline(x0, right, y + h, 0.3)
            for i in splits:
                c.vline(xs[i], y, y + h, 0.3)
            c.pdf.set_draw_color(0, 0, 0)

        def put(col: int, y: float, text: str, size: float = 8.5, **kw: Any) -> None:
            tracked(c, xs[col] + 3, y, text, size, mode, **kw)

        grey(c, 120)
        c.text(x0, 20, g["file"], 7)
        black(c)
        y = 30.0
        # merged A1:G1 title, merged A2:D2 / E2:G2
        rule(y, 24, [0, 7], 60)
        c.pdf.set_text_color(255, 255, 255)
        tw = measure(c, title, 14, bold=True)
        c.text((x0 + right - tw) / 2, y + 16.5, title, 14, bold=True)
        black(c)
        y += 24
        rule(y, 16, [0, 4, 7], 205)
        put(0, y + 11.5, "CALL SHEET", 9, bold=True)
        put(4, y + 11.5, g["company"], 8, bold=True)
        y += 16
        rule(y, 18, [0, 1, 3, 4, 5, 6, 7])
        put(0, y + 12.5, "DATE", 7.5, bold=True)
        put(1, y + 12.5, day_text(day, g["date_style"]), 8.5)
        put(3, y + 12.5, "CREW CALL", 7.5, bold=True)
        put(4, y + 12.5, hm(call, t), 10, bold=True)
        put(5, y + 12.5, "DAY", 7.5, bold=True)
        put(6, y + 12.5, f"{g['dayno']} of {g['days']}", 8.5)
        y += 18
        rule(y, 18, [0, 1, 3, 4, 5, 6, 7], 240)
        put(0, y + 12.5, "SHOOT CALL", 7.5, bold=True)
        put(1, y + 12.5, hm(add_minutes(call, 60), t), 8.5)
        put(3, y + 12.5, "LUNCH", 7.5, bold=True)
        put(4, y + 12.5, hm(add_minutes(call, 330), t), 8.5)
        put(5, y + 12.5, "WRAP", 7.5, bold=True)
        put(6, y + 12.5, hm(add_minutes(call, 630), t), 8.5)
        y += 18
        loc = [p.name, p.street, p.city, g["set"]]
        h = 8 + 11 * len(loc)
        rule(y, h, [0, 1, 4, 5, 7])
        put(0, y + 12, "LOCATION", 7.5, bold=True)
        for k, ln in enumerate(loc):
            put(1, y + 12 + 11 * k, ln, 8.5)
        put(4, y + 12, "BASE /", 7.5, bold=True)
        put(4, y + 22, "PARKING", 7.5, bold=True)
        for k, ln in enumerate([p.base_street, p.base_city]):
            fit(c, xs[5] + 3, y + 12 + 11 * k, ln, 8, xs[7] - xs[5] - 6)
        y += h
        h = 8 + 11 * 3
        rule(y, h, [0, 1, 4, 5, 7], 240)
        put(0, y + 12, "HOSPITAL", 7.5, bold=True)
        for k, ln in enumerate([p.hospital, p.hospital_address, p.hospital_phone]):
            fit(c, xs[1] + 3, y + 12 + 11 * k, ln, 8.5, xs[4] - xs[1] - 6)
        put(4, y + 12, "WEATHER", 7.5, bold=True)
        for k, ln in enumerate(wrap(c, g["weather"], 8, xs[7] - xs[5] - 6)[:3]):
            c.text(xs[5] + 3, y + 12 + 11 * k, ln, 8)
        y += h
        rule(y, 18, [0, 1, 2, 3, 4, 5, 7])
        put(0, y + 12.5, "SUNRISE", 7.5, bold=True)
        put(1, y + 12.5, hm(rise, t), 8.5)
        put(2, y + 12.5, "SUNSET", 7.5, bold=True)
        put(3, y + 12.5, hm(fall, t), 8.5)
        put(4, y + 12.5, "TIDE / NOTE", 7.5, bold=True)
        fit(c, xs[5] + 3, y + 12.5, g["note"], 8, xs[7] - xs[5] - 6)
        y += 30
        rule(y, 15, [0, 1, 4, 5, 6, 7], 205)
        for col, lab in [(0, "TIME"), (1, "SCENE / SHOT"), (4, "CAST"), (5, "D/N"), (6, "PAGES")]:
            put(col, y + 10.5, lab, 7.5, bold=True)
        y += 15
        for n, (off, what, who, dn, pages) in enumerate(g["schedule"]):
            rule(y, 15, [0, 1, 4, 5, 6, 7], 242 if n % 2 else None)
            c.text(xs[0] + 3, y + 10.5, hm(add_minutes(call, off), t), 8)
            fit(c, xs[1] + 3, y + 10.5, what, 8, xs[4] - xs[1] - 6)
            fit(c, xs[4] + 3, y + 10.5, who, 8, xs[5] - xs[4] - 6)
            c.text(xs[5] + 3, y + 10.5, dn, 8)
            c.text(xs[6] + 3, y + 10.5, pages, 8)
            y += 15
        y += 12
        rule(y, 15, [0, 2, 4, 5, 7], 205)
        for col, lab in [(0, "POSITION"), (2, "NAME"), (4, "CALL"), (5, "PHONE")]:
            put(col, y + 10.5, lab, 7.5, bold=True)
        y += 15
        for n, (pos, name, off, phone) in enumerate(g["crew"]):
            rule(y, 15, [0, 2, 4, 5, 7], 242 if n % 2 else None)
            c.text(xs[0] + 3, y + 10.5, pos, 8)
            c.text(xs[2] + 3, y + 10.5, name, 8)
            c.text(xs[4] + 3, y + 10.5, hm(add_minutes(call, off), t), 8)
            c.text(xs[5] + 3, y + 10.5, phone, 8)
            y += 15
        y += 14
        c.text(x0, y, f"NEXT DAY: {g['next']}", 8)
        grey(c, 120)
        c.text(x0, c.pdf.h - 20, g["tab"], 7)
        c.right(right, c.pdf.h - 20, "Page 1", 7)
        black(c)
        return c.output()

    return _sheet(
        f"xl_{key}",
        "spreadsheet_tracked_export",
        "spreadsheet Save-as-PDF export: gridlines, merged header cells, banded rows, tracking",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _xl_sheets() -> list[Sheet]:
    return [
        _xl(
            "basilica",
            "Gateway Mosaics",
            D(2026, 10, 20),
            "07:00",
            {
                "font": "helvetica",
                "page": "letter",
                "mode": "tc",
                "file": "GatewayMosaics_CallSheet_Day2.xlsx",
                "company": "Soulard Street Films LLC",
                "date_style": "xl_long",
                "time": "us",
                "dayno": 2,
                "days": 4,
                "set": "Nave and the Blessed Sacrament chapel",
                "weather": "Partly cloudy, high 64 F, low 47 F, 10% rain",
                "note": "Mass 12:00 - hold sound",
                "schedule": [
                    (60, "Nave: crane down the mosaic dome", "Narrator", "D", "1/8"),
                    (150, "Chapel: conservator at work, macro", "Conservator", "D", "2/8"),
                    (270, "Lunch", "", "", ""),
                    (330, "Interview: rector, side aisle", "Rector", "D", "1 2/8"),
                ],
                "crew": [
                    ("Producer", "Claire Dubois", -30, "314-555-0117"),
                    ("Director", "Evan Marsh", 0, "314-555-0162"),
                    ("DP", "Luis Ortega", 0, "314-555-0148"),
                    ("Gaffer", "Keisha Grant", -30, "314-555-0109"),
                ],
                "next": "Thu 10/22: Forest Park, Jewel Box, crew call 6:30 AM",
                "tab": "Sheet: DAY 2",
            },
        ),
        _xl(
            "seacity",
            "Titanic Town",
            D(2026, 10, 27),
            "08:00",
            {
                "font": "helvetica",
                "page": "A4",
                "mode": "glyph",
                "file": "Titanic_Town_callsheet_v3.numbers",
                "company": "Itchen Ferry Films Ltd",
                "date_style": "xl_dmy",
                "time": "h24",
                "dayno": 5,
                "days": 9,
                "set": "Gallery 1 (Southampton's Titanic Story)",
                "weather": "Rain early, clearing, 12C",
                "note": "Museum opens 10:00",
                "schedule": [
                    (30, "Gallery 1: the crew map, tracking", "", "D", "1/8"),
                    (120, "Interview: descendant", "Contributor", "D", "2"),
                    (270, "Lunch", "", "", ""),
                    (330, "Courtroom set: reconstruction", "Actors 1-3", "D", "1 4/8"),
                ],
                "crew": [
                    ("Producer", "Ruth Ellery", -30, "07700 900133"),
                    ("Director", "Ben Ashworth", 0, "07700 900578"),
                    ("Camera", "Tara Quinn", 0, "07700 900246"),
                    ("Sound", "Will Hart", 0, "07700 900691"),
                ],
                "next": "Wed 28/10: Ocean Village marina, crew call 07:30",
                "tab": "Day 5",
            },
        ),
        _xl(
            "glass",
            "Hot Shop",
            D(2026, 11, 4),
            "07:30",
            {
                "font": "helvetica",
                "page": "A4",
                # HARD: every label and value drawn glyph by glyph with wide gaps, doubled
                # between words
                "mode": "wide",
                "file": "HOT SHOP - call sheet DAY 1.xlsx",
                "company": "Wearmouth Pictures",
                "date_style": "xl_iso",
                "time": "h24",
                "dayno": 1,
                "days": 3,
                "set": "Hot shop and the glass roof",
                "weather": "Bright, cold, NE wind 20 mph, 7C",
                "note": "Furnace on from 06:00",
                "schedule": [
                    (60, "Hot shop: gather and blow, wide", "Glassmaker", "D", "1"),
                    (180, "Close-ups: the punty, slow motion", "Glassmaker", "D", "2/8"),
                    (300, "Lunch", "", "", ""),
                    (360, "Roof walk, river in the background", "Presenter", "D", "4/8"),
                ],
                "crew": [
                    ("Producer", "Gemma Charlton", -30, "07700 900385"),
                    ("Director", "Kieran Maddison", 0, "07700 900712"),
                    ("Camera", "Sunil Rao", 0, "07700 900457"),
                    ("Safety", "Lee Robson", -30, "07700 900864"),
                ],
                "next": "Thu 05/11: Roker Pier, crew call 06:45",
                "tab": "CALLSHEET",
            },
        ),
    ]


# --- (5) US episodic sheet with two or three sets on the day, primary set first ----------------


def _ep(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "na_A"

    def make() -> bytes:
        c = Canvas("letter", g["font"])
        W = c.width
        x0, right = 30.0, W - 30.0
        # top left: show, episode, credits, office
        c.text(x0, 40, title.upper(), 13, bold=True)
        c.text(x0, 53, f'Episode {g["ep"]} "{g["ep_title"]}"', 8.5)
        bx = W / 2 - 80
        for k, ln in enumerate(g["credits"]):
            fit(c, x0, 65 + 10 * k, ln, 7.5, bx - x0 - 8)
        # centre: crew call box
        c.box(bx, 30, 160, 62, 1.2)
        c.text(bx + 42, 44, "CREW CALL", 10, bold=True)
        tw = measure(c, hm(call, t), 24, bold=True)
        c.text(W / 2 - tw / 2, 70, hm(call, t), 24, bold=True)
        sc = hm(add_minutes(call, 60), t)
        c.text(bx + 12, 86, f"Shooting call {sc}   Breakfast {hm(add_minutes(call, -30), t)}", 7)
        # top right: date, day, sun, weather box
        c.right(right, 40, day_text(day, "ep_top"), 9, bold=True)
        c.right(right, 52, f"Day {g['dayno']} of {g['days']}", 9)
        c.right(right, 64, f"Sunrise {hm(rise, t)}   Sunset {hm(fall, t)}", 8)
        c.right(right, 75, f"Lunch {hm(add_minutes(call, 360), t)}", 8)
        wx = right - 170
        c.box(wx, 81, 170, 34, 0.6)
        c.text(wx + 4, 91, "WEATHER", 7, bold=True)
        for k, ln in enumerate(wrap(c, g["weather"], 7.5, 160)[:2]):
            c.text(wx + 4, 101 + 9 * k, ln, 7.5)
        y = 132.0
        # scene strips, grouped by set
        heads = ["SC.", "SET / DESCRIPTION", "D/N", "CAST", "PGS", "LOC"]
        dxs = [0, 34, 330, 360, 450, 500]
        fill(c, x0, y - 9, right - x0, 12, 215)
        for h, dx in zip(heads, dxs, strict=True):
            c.text(x0 + 3 + dx, y, h, 7.5, bold=True)
        y += 4
        for sc_no, desc, dn, cast, pgs, loc in g["scenes"]:
            if sc_no.startswith("***"):
                fill(c, x0, y, right - x0, 13, 235)
                centre(c, y + 9.5, sc_no, 7.5)
                y += 13
                continue
            c.hline(x0, right, y, 0.2)
            for v, dx in zip((sc_no, desc, dn, cast, pgs, loc), dxs, strict=True):
                c.text(x0 + 3 + dx, y + 10, v, 8)
            y += 13
        c.hline(x0, right, y, 0.4)
        y += 16
        # location blocks: primary set first (unless HARD), base, crew parking, basecamp
        sets = [("SET 1 (MAIN UNIT)", [p.name, p.street, p.city, g["set"]])]
        for k, s in enumerate(g["more_sets"]):
            sets.append((f"SET {k + 2}{s[0]}", list(s[1:])))
        logistics = [
            ("UNIT BASE / BASECAMP", [p.base_street, p.base_city, g["base_note"]]),
            ("CREW PARKING", g["crew_parking"]),
        ]
        blocks = logistics + sets if g.get("parking_first") else sets + logistics
        # HARD (parking_first): crew parking and basecamp printed before set 1
        bw = (right - x0) / 3
        for i, (lab, lines) in enumerate(blocks):
            bx = x0 + (i % 3) * bw
            by = y + (i // 3) * 64
            c.box(bx, by, bw, 60, 0.6)
            c.text(bx + 4, by + 10, lab, 7.5, bold=True)
            for k, ln in enumerate(lines):
                fit(c, bx + 4, by + 21 + 10 * k, ln, 8, bw - 8)
        y += 64 * ((len(blocks) + 2) // 3) + 12
        c.text(x0, y, "CAST", 9, bold=True)
        y = rows(
            c,
            x0,
            y + 13,
            ["#", "CAST", "CHARACTER", "P/U", "H/MU", "SET"],
            [0, 20, 150, 290, 360, 430],
            [
                (
                    str(i + 1),
                    a,
                    ch,
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 20), t),
                    hm(add_minutes(call, o + 90), t),
                )
                for i, (a, ch, o) in enumerate(g["cast"])
            ],
            right,
        )
        c.text(x0, y, "DEPARTMENT NOTES", 9, bold=True)
        y += 12
        for ln in g["notes"]:
            c.text(x0, y, ln, 7.5)
            y += 10
        y += 8
        c.box(x0, y, right - x0, 30, 0.8)
        c.text(x0 + 4, y + 11, "NEAREST HOSPITAL / EMERGENCY ROOM", 7.5, bold=True)
        c.text(x0 + 4, y + 23, f"{p.hospital}, {p.hospital_address}  {p.hospital_phone}", 8.5)
        grey(c, 100)
        c.text(x0, c.pdf.h - 22, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"ep_{key}",
        "us_episodic_multi_set",
        "US episodic sheet: two or three sets, unit base, crew parking, basecamp, sun, weather box",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ep_sheets() -> list[Sheet]:
    return [
        _ep(
            "twain",
            "Nook Farm",
            D(2026, 10, 13),
            "07:00",
            {
                "font": "helvetica",
                "ep": "104",
                "ep_title": "The Billiard Room",
                "credits": [
                    "Exec. Producers: Laura Benning, Marcus Hale",
                    "Director: Priya Raman",
                    "Charter Oak Television, 100 Pearl St, Hartford, CT 06103",
                ],
                "dayno": 4,
                "days": 8,
                "weather": "Sunny, high 61 F, low 44 F. Winds NW 10 mph.",
                "set": "INT. Clemens library / EXT. porch",
                "more_sets": [
                    (
                        " (AFTER LUNCH)",
                        "Bushnell Park Carousel",
                        "1 Jewell St",
                        "Hartford, CT 06103",
                    ),
                ],
                "scenes": [
                    ("12", "INT. CLEMENS LIBRARY - the argument", "D", "1, 2", "2 3/8", "1"),
                    ("14", "EXT. PORCH - Livy waits", "D", "2", "4/8", "1"),
                    ("*** LUNCH - COMPANY MOVE TO SET 2 ***", "", "", "", "", ""),
                    ("21", "EXT. CAROUSEL - children ride", "D", "3, BG", "1 1/8", "2"),
                ],
                "base_note": "Trailers, catering, honeywagon",
                "crew_parking": ["Aetna Garage, 151 Farmington Ave", "Shuttle every 10 min"],
                "cast": [
                    ("Graham Wexford", "Sam Clemens", 0),
                    ("Nora Beale", "Livy", 30),
                    ("Tess Morrow", "Susy", 240),
                ],
                "notes": [
                    "LOCATIONS: no food or drink inside the house; booties over shoes on floors.",
                    "TRANSPO: company move to Bushnell Park after lunch, 2.5 miles.",
                ],
                "footer": "*** LUNCH ***  then COMPANY MOVE TO SET 2",
            },
        ),
        _ep(
            "neon",
            "Boneyard",
            D(2026, 10, 21),
            "15:00",
            {
                "font": "helvetica",
                "ep": "207",
                "ep_title": "Dead Letters",
                "credits": [
                    "Exec. Producers: Ray Castillo, Denise Park",
                    "Director: Owen Lutz",
                    "High Desert Pictures, 1 Main St, Las Vegas, NV 89101",
                ],
                "dayno": 6,
                "days": 9,
                "weather": "Clear, high 79 F, low 58 F. Breezy after dark.",
                "set": "North Gallery (the Boneyard)",
                "more_sets": [
                    (
                        " (NIGHT)",
                        "Fremont Street Experience",
                        "425 Fremont St",
                        "Las Vegas, NV 89101",
                    ),
                    (
                        " (NIGHT)",
                        "El Cortez Hotel & Casino",
                        "600 Fremont St",
                        "Las Vegas, NV 89101",
                    ),
                ],
                "scenes": [
                    ("31", "EXT. BONEYARD - Jo finds the sign", "D", "1, 4", "2 1/8", "1"),
                    ("32", "EXT. BONEYARD - magic hour", "D", "1", "3/8", "1"),
                    ("*** LUNCH - COMPANY MOVE TO SET 2 ***", "", "", "", "", ""),
                    ("40", "EXT. FREMONT ST - the chase", "N", "1, 2, BG", "1 4/8", "2"),
                    ("41", "INT. EL CORTEZ LOBBY - the drop", "N", "2, 5", "6/8", "3"),
                ],
                "base_note": "Trailers, catering, wardrobe",
                "crew_parking": ["Cashman Center, Lot C", "Walk 5 min to set 1"],
                "cast": [
                    ("Jolene Ruiz", "Jo Marsh", 0),
                    ("Caleb Ford", "Deke", 180),
                    ("Ana Vidal", "Clerk", 300),
                ],
                "notes": [
                    "SPECIAL EFFECTS: none. No touching the signs, museum escorts on set.",
                    "TRANSPO: company move to Fremont St at dark; shuttles from basecamp.",
                ],
                "footer": "High Desert Pictures - all calls subject to change",
            },
        ),
        _ep(
            "eastman",
            "Kodak City",
            D(2026, 10, 28),
            "06:30",
            {
                "font": "helvetica",
                "ep": "103",
                "ep_title": "Brownie",
                "credits": [
                    "Exec. Producers: Helen Abbott, Chris Yoon",
                    "Director: Dana Whitfield",
                    "Genesee Street Productions, 1 S Clinton Ave, Rochester, NY 14604",
                ],
                "dayno": 2,
                "days": 7,
                "weather": "Cloudy, showers likely, high 52 F.",
                "set": "INT. conservatory and the mansion hall",
                # HARD: unit base and crew parking printed before set 1
                "parking_first": True,
                "more_sets": [
                    (
                        "",
                        "High Falls (Pont de Rennes Bridge)",
                        "4 Commercial St",
                        "Rochester, NY 14614",
                    ),
                ],
                "scenes": [
                    ("8", "INT. CONSERVATORY - George and the elephant", "D", "1, 3", "1 6/8", "1"),
                    ("9", "INT. MANSION HALL - organ plays", "D", "1", "5/8", "1"),
                    ("*** LUNCH - COMPANY MOVE TO SET 2 ***", "", "", "", "", ""),
                    ("17", "EXT. HIGH FALLS BRIDGE - the photograph", "D", "2, 3", "1 2/8", "2"),
                ],
                "base_note": "Trailers, catering",
                "crew_parking": ["Oxford St lot (permit 14)", "Van to set every 15 min"],
                "cast": [
                    ("Alan Pryce", "George", 0),
                    ("Maya Kerr", "Josephine", 150),
                    ("Ruth Ogden", "Maid", 30),
                ],
                "notes": [
                    "ART: museum collection on display, no handling. Gloves for props.",
                    "TRANSPO: company move to High Falls after lunch, 3.5 miles.",
                ],
                "footer": "Genesee Street Productions - call sheet v2",
            },
        ),
    ]


# --- (6) Scandinavian advance call sheet in English: the day's call in a header strip, strips --


def _adv(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "nordic"

    def make() -> bytes:
        c = Canvas("A4", g["font"], orientation="L")
        W = c.width
        x0, right = 28.0, W - 28.0
        c.text(x0, 34, f"{title.upper()}  -  ADVANCE CALL SHEET / ONE-LINER", 13, bold=True)
        c.right(right, 34, g["company"], 8.5, bold=True)
        grey(c, 90)
        c.text(
            x0,
            46,
            f"Director: {g['director']}   Producer: {g['producer']}   "
            f"1st AD: {g['ad']}   Schedule: {g['version']}",
            7.5,
        )
        black(c)
        y = 56.0

        def header_strip(d: D, dayno: int, cl: str, place: list[str], extra: str) -> None:
            nonlocal y
            fill(c, x0, y, right - x0, 30, 45)
            c.pdf.set_text_color(255, 255, 255)
            c.text(x0 + 6, y + 12, f"DAY {dayno} OF {g['days']}", 10, bold=True)
            c.text(x0 + 96, y + 12, day_text(d, g["date_style"]), 10, bold=True)
            c.text(x0 + 280, y + 12, f"UNIT CALL {hm(cl, t)}", 11, bold=True)
            c.text(x0 + 400, y + 12, extra, 8)
            fit(c, x0 + 6, y + 25, "SET: " + ", ".join(place), 8, right - x0 - 12)
            black(c)
            y += 34

        def strips(scenes: list[tuple[str, str, str, str, str]], total: str, dayno: int) -> None:
            nonlocal y
            for sc_no, desc, dn, cast, pgs in scenes:
                shade = 252 if dn == "D" else 205
                fill(c, x0, y, right - x0, 14, shade)
                c.pdf.set_draw_color(150, 150, 150)
                c.box(x0, y, right - x0, 14, 0.3)
                c.pdf.set_draw_color(0, 0, 0)
                c.text(x0 + 6, y + 10, f"Sc. {sc_no}", 8, bold=True)
                fit(c, x0 + 60, y + 10, desc, 8, 440)
                c.text(x0 + 510, y + 10, "DAY" if dn == "D" else "NIGHT", 8)
                c.text(x0 + 560, y + 10, f"Cast: {cast}", 8)
                c.text(x0 + 700, y + 10, f"{pgs} pgs", 8)
                y += 15
            fill(c, x0, y, right - x0, 12, 0)
            c.pdf.set_text_color(255, 255, 255)
            c.text(x0 + 6, y + 9, f"END OF DAY {dayno}  -  TOTAL PAGES: {total}", 7.5, bold=True)
            black(c)
            y += 20

        extra = f"Sunrise {hm(rise, t)}  Sunset {hm(fall, t)}  {g['weather']}"
        if g.get("precall"):
            # HARD: the header strip carries a pre-call and camera-ready time beside the unit call
            extra = (
                f"Pre-call {hm(g['precall'], t)} (HMU, costume)  Camera ready "
                f"{hm(add_minutes(call, 60), t)}  Sunrise {hm(rise, t)}  Sunset {hm(fall, t)}"
            )
        header_strip(day, g["dayno"], call, [p.name, p.street, p.city, g["set"]], extra)
        strips(g["scenes"], g["total"], g["dayno"])
        c.text(
            x0,
            y,
            f"Unit base: {p.base}.  Lunch {hm(add_minutes(call, 330), t)}, "
            f"wrap {hm(add_minutes(call, 600), t)}.  Weather: {g['weather']}",
            8,
        )
        y += 12
        c.text(
            x0,
            y,
            f"Nearest hospital (emergency): {p.hospital}, {p.hospital_address}, {p.hospital_phone}",
            8,
        )
        y += 18
        grey(c, 80)
        c.text(x0, y, "ADVANCE - subject to change", 8, bold=True)
        black(c)
        y += 6
        nd = day + dt.timedelta(days=1)
        ncall, nplace, nscenes, ntotal = g["advance"]
        header_strip(nd, g["dayno"] + 1, ncall, nplace, "")
        strips(nscenes, ntotal, g["dayno"] + 1)
        grey(c, 110)
        c.text(x0, c.pdf.h - 18, f"{g['company']}  -  printed {g['printed']}", 7)
        black(c)
        return c.output()

    return _sheet(
        f"adv_{key}",
        "nordic_advance_oneliner",
        "Scandinavian advance call sheet in English: header strip with the call, scene strips",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _adv_sheets() -> list[Sheet]:
    return [
        _adv(
            "malmohus",
            "The Sound Between",
            D(2026, 10, 8),
            "07:00",
            {
                "font": "helvetica",
                "company": "Öresund Drama AB",
                "director": "Linnea Holm",
                "producer": "Johan Ekberg",
                "ad": "Sara Nyström",
                "version": "Blue rev. 3 Oct",
                "days": 34,
                "dayno": 12,
                "date_style": "nordic",
                "set": "INT. castle armoury / EXT. moat bridge",
                "weather": "Cloudy, 11C, wind SW 8 m/s",
                "scenes": [
                    ("34", "INT. ARMOURY - Elsa finds the ledger", "D", "1, 3", "1 4/8"),
                    ("35", "INT. ARMOURY - the curator returns", "D", "1, 3, 6", "2 2/8"),
                    ("41", "EXT. MOAT BRIDGE - the phone call", "D", "1", "5/8"),
                    ("42", "EXT. MOAT BRIDGE - dusk, police arrive", "N", "1, 2, 9", "1"),
                ],
                "total": "5 3/8",
                "advance": (
                    "08:00",
                    ["Turning Torso", "Lilla Varvsgatan 14", "211 15 Malmö"],
                    [
                        ("50", "INT. PENTHOUSE - Henrik at the window", "D", "2", "1 2/8"),
                        ("51", "INT. LIFT - the confrontation", "D", "1, 2", "1 6/8"),
                    ],
                    "3",
                ),
                "printed": "7 Oct 2026 18:40",
            },
        ),
        _adv(
            "nidaros",
            "North of Silence",
            D(2026, 10, 15),
            "07:30",
            {
                "font": "helvetica",
                "company": "Nidelv Film AS",
                "director": "Ingrid Aasen",
                "producer": "Eirik Strand",
                "ad": "Maren Berg",
                "version": "Pink rev. 12 Oct",
                "days": 40,
                "dayno": 21,
                "date_style": "nordic_short",
                # HARD: a pre-call and a camera-ready time in the same header strip
                "precall": "05:45",
                "set": "EXT. west front / INT. nave (night)",
                "weather": "Rain, 6C",
                "scenes": [
                    ("77", "EXT. WEST FRONT - Kari photographs the statues", "D", "4", "6/8"),
                    ("78", "EXT. WEST FRONT - the priest stops her", "D", "4, 7", "1 3/8"),
                    ("81", "INT. NAVE - candle vigil", "N", "4, 7, BG", "2"),
                ],
                "total": "4 1/8",
                "advance": (
                    "09:00",
                    ["Gamle Bybro", "Bakklandet", "7013 Trondheim"],
                    [
                        ("85", "EXT. OLD TOWN BRIDGE - Kari and Tor", "D", "4, 5", "2 1/8"),
                        ("86", "EXT. BAKKLANDET - bicycle lift", "D", "5", "3/8"),
                    ],
                    "2 4/8",
                ),
                "printed": "14 Oct 2026 20:05",
            },
        ),
        _adv(
            "oljemuseum",
            "Deep Water",
            D(2026, 10, 22),
            "06:45",
            {
                "font": "sans",
                "company": "Vågen Pictures AS",
                "director": "Tor Haugland",
                "producer": "Silje Vik",
                "ad": "Anders Moe",
                "version": "White, 1 Oct",
                "days": 28,
                "dayno": 9,
                "date_style": "nordic",
                "set": "INT. platform hall / EXT. quay",
                "weather": "Showers, 9C, wind W 12 m/s",
                "scenes": [
                    ("22", "INT. PLATFORM HALL - the rescue capsule", "D", "1, 2", "1 5/8"),
                    ("23", "INT. PLATFORM HALL - the widow", "D", "2, 8", "2"),
                    ("29", "EXT. QUAY - storm coming in", "D", "1", "4/8"),
                ],
                "total": "4 1/8",
                "advance": (
                    "07:00",
                    ["Gamle Stavanger", "Øvre Strandgate", "4005 Stavanger"],
                    [
                        ("31", "EXT. WHITE HOUSES - night walk", "N", "1, 3", "1 1/8"),
                        ("32", "INT. SARDINE FACTORY - memories", "D", "3", "1 4/8"),
                    ],
                    "2 5/8",
                ),
                "printed": "21 Oct 2026 19:15",
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets ----------------------------------


def _budget() -> bytes:
    """A three-page production budget: a top sheet with shoot days and locations, then details."""
    c = Canvas("letter", "helvetica")
    W = c.width
    x0, right = 44.0, W - 44.0
    c.text(x0, 48, "LAKEHEAD NORTH PICTURES INC.", 10, bold=True)
    c.text(x0, 66, "BUDGET TOP SHEET", 15, bold=True)
    c.text(x0, 84, 'Production: "Sleeping Giant" (feature)   Budget draft 3   Date: 02/10/2026', 9)
    c.text(
        x0, 97, "Prep: 25 days   Shoot: 24 days (Thunder Bay, ON)   Wrap: 8 days   Post: 20 wks", 9
    )
    c.text(x0, 110, "Start of principal photography (est.): Monday, May 10, 2027", 9)
    accts = [
        ("01-00", "Story & Rights", 85000),
        ("02-00", "Producers", 240000),
        ("03-00", "Director", 180000),
        ("04-00", "Principal Cast", 410000),
        ("", "TOTAL ABOVE THE LINE", 0),
        ("10-00", "Production Staff", 265000),
        ("11-00", "Background Performers", 42000),
        ("13-00", "Art Department", 118000),
        ("21-00", "Camera", 156000),
        ("22-00", "Electrical", 98000),
        ("23-00", "Grip", 87000),
        ("24-00", "Production Sound", 41000),
        ("25-00", "Transportation", 132000),
        ("26-00", "Location (incl. catering)", 189000),
        ("", "TOTAL PRODUCTION", 0),
        ("40-00", "Editorial", 145000),
        ("41-00", "Post Sound", 88000),
        ("42-00", "Music", 60000),
        ("", "TOTAL POST-PRODUCTION", 0),
        ("50-00", "Insurance", 54000),
        ("51-00", "Legal & Audit", 38000),
        ("", "TOTAL OTHER", 0),
    ]
    y = 138.0
    c.text(x0, y, "Acct #", 8.5, bold=True)
    c.text(x0 + 60, y, "Category", 8.5, bold=True)
    c.text(x0 + 330, y, "Page", 8.5, bold=True)
    c.right(right, y, "Total (CAD)", 8.5, bold=True)
    c.hline(x0, right, y + 4, 0.6)
    y += 16
    sub = 0
    grand = 0
    for code, name, amt in accts:
        if code:
            c.text(x0, y, code, 8.5)
            c.text(x0 + 60, y, name, 8.5)
            c.text(x0 + 330, y, str(2 if code < "20" else 3), 8.5)
            c.right(right, y, f"{amt:,}", 8.5)
            sub += amt
        else:
            c.hline(x0 + 300, right, y - 9, 0.3)
            c.text(x0 + 60, y, name, 8.5, bold=True)
            c.right(right, y, f"{sub:,}", 8.5, bold=True)
            grand += sub
            sub = 0
            y += 5
        y += 14
    c.hline(x0, right, y - 8, 0.8)
    c.text(x0 + 60, y + 4, "Contingency 5%", 9)
    c.right(right, y + 4, f"{grand // 20:,}", 9)
    c.text(x0 + 60, y + 20, "GRAND TOTAL", 10, bold=True)
    c.right(right, y + 20, f"{grand + grand // 20:,}", 10, bold=True)
    c.right(right, c.pdf.h - 24, "Page 1 of 3", 7)
    for page, (lo, hi) in [(2, ("01", "20")), (3, ("20", "99"))]:
        c.new_page()
        c.text(
            x0,
            44,
            f"Sleeping Giant - Budget draft 3 - Detail (accounts {lo}-00 to {hi})",
            9,
            bold=True,
        )
        y = 66.0
        for h, dx in [("Acct", 0), ("Description", 48), ("Amt", 280), ("Units", 320)]:
            c.text(x0 + dx, y, h, 8, bold=True)
        for h, dx in [("X", 370), ("Rate", 400)]:
            c.text(x0 + dx, y, h, 8, bold=True)
        c.right(right, y, "Subtotal", 8, bold=True)
        c.hline(x0, right, y + 3, 0.4)
        y += 15
        for code, name, amt in accts:
            if not code or not (lo <= code[:2] < hi):
                continue
            for k, (item, units) in enumerate(
                [("Prep", "Weeks"), ("Shoot", "Days"), ("Wrap", "Days"), ("Kit / box", "Allow")]
            ):
                n = 24 if units == "Days" and item == "Shoot" else 5
                rate = amt // 40 // n * 10 or 100
                c.text(x0, y, f"{code[:2]}-{k + 1:02d}", 7.5)
                c.text(x0 + 48, y, f"{name}: {item}", 7.5)
                c.text(x0 + 280, y, str(n), 7.5)
                c.text(x0 + 320, y, units, 7.5)
                c.text(x0 + 370, y, "1", 7.5)
                c.text(x0 + 400, y, f"{rate:,}", 7.5)
                c.right(right, y, f"{n * rate:,}", 7.5)
                y += 12
            y += 4
        c.right(right, c.pdf.h - 24, f"Page {page} of 3", 7)
    return c.output()


def _delivery() -> bytes:
    """A post-production delivery schedule: due dates and times of masters and files."""
    c = Canvas("A4", "helvetica")
    W = c.width
    x0, right = 46.0, W - 46.0
    c.text(x0, 54, "DELIVERY SCHEDULE", 16, bold=True)
    c.text(x0, 72, '"Harbour Lights" - 1 x 60\' for Channel 4 - Solent Sound & Vision', 10)
    c.text(x0, 86, "Issued Monday 30 November 2026 by the post supervisor", 8.5)
    c.text(
        x0,
        110,
        "Deliver to: Channel 4 Media Operations, 124 Horseferry Rd, London SW1P 2TX",
        9,
        bold=True,
    )
    y = rows(
        c,
        x0,
        136,
        ["Due date", "Time", "Item", "Format", "Method", "Status"],
        [0, 110, 160, 330, 410, 460],
        [
            (
                "Mon 7 Dec 2026",
                "17:00",
                "Rough cut for exec review",
                "H.264 link",
                "Frame.io",
                "Sent",
            ),
            ("Fri 11 Dec 2026", "12:00", "Fine cut + compliance script", "H.264", "Frame.io", ""),
            ("Wed 16 Dec 2026", "10:00", "Picture lock", "-", "-", ""),
            ("Mon 4 Jan 2027", "17:00", "Programme master (AS-11 DPP)", "MXF", "Aspera", ""),
            ("Mon 4 Jan 2027", "17:00", "Subtitles / access files", "EBU-TT", "Aspera", ""),
            ("Wed 6 Jan 2027", "12:00", "Music cue sheet, PasC", "PDF", "e-mail", ""),
            ("Fri 8 Jan 2027", "12:00", "Stills (20) and billing", "JPEG", "Dropbox", ""),
            ("Tue 12 Jan 2027", "09:00", "QC report returned", "PDF", "e-mail", ""),
        ],
        right,
        size=8.5,
        lead=16,
    )
    y += 10
    c.text(x0, y, "Technical notes", 11, bold=True)
    y += 15
    for ln in [
        "Loudness -23 LUFS (EBU R128), true peak -1 dBTP. 1080i25, 16:9 FHA.",
        "Clock 10:00:00:00, black and tone per DPP; textless elements after the programme.",
        "Any late delivery must be agreed with the commissioning editor in writing.",
    ]:
        c.text(x0, y, ln, 9)
        y += 13
    y += 10
    c.text(x0, y, "Contacts", 11, bold=True)
    rows(
        c,
        x0,
        y + 15,
        ["Role", "Name", "Phone"],
        [0, 150, 300],
        [
            ("Post supervisor", "Rhys Morgan", "07700 900247"),
            ("Online editor", "Kat Nguyen", "07700 900588"),
            ("Channel 4 delivery", "Media Operations", "020 7396 4444"),
        ],
        right,
        size=8.5,
    )
    return c.output()


def _family() -> bytes:
    """A household weekly planner titled "Family Call Sheet": school runs, clubs and meals."""
    c = Canvas("letter", "helvetica", orientation="L")
    W = c.width
    x0, right = 30.0, W - 30.0
    centre(c, 44, "THE OKONKWO-BERG FAMILY CALL SHEET", 18)
    centre(
        c,
        62,
        "Week of Monday, November 9, 2026  -  stuck on the fridge, check it daily!",
        9,
        bold=False,
    )
    days = [
        "Mon 11/9",
        "Tue 11/10",
        "Wed 11/11",
        "Thu 11/12",
        "Fri 11/13",
        "Sat 11/14",
        "Sun 11/15",
    ]
    cw = (right - x0 - 70) / 7
    y = 80.0
    fill(c, x0, y, right - x0, 16, 220)
    for i, d in enumerate(days):
        c.text(x0 + 70 + i * cw + 4, y + 11.5, d, 8.5, bold=True)
    y += 16
    plan = {
        "Call time (up!)": ["6:45a", "6:45a", "7:15a", "6:45a", "6:45a", "8:30a", "9:00a"],
        "School drop": ["Dad", "Mom", "Dad (late start)", "Mom", "Dad", "-", "-"],
        "Pick-up": ["Mom 3:10p", "Grandma", "Mom", "Carpool (Lees)", "Dad 3:10p", "-", "-"],
        "Activities": [
            "Soccer 5:30p",
            "Piano 4:15p",
            "Veterans Day",
            "Soccer 5:30p",
            "Movie night",
            "Game 10a, Riverside Park",
            "Church 10a",
        ],
        "Dinner": ["Tacos", "Leftovers", "Slow cooker chili", "Pasta", "Pizza", "Out", "Roast"],
        "Chores": [
            "Trash out",
            "Laundry",
            "Dishes: Ada",
            "Dishes: Eli",
            "Tidy rooms",
            "Yard",
            "Plan week",
        ],
    }
    for lab, vals in plan.items():
        c.box(x0, y, right - x0, 40, 0.4)
        c.text(x0 + 4, y + 14, lab, 8.5, bold=True)
        for i, v in enumerate(vals):
            c.vline(x0 + 70 + i * cw, y, y + 40, 0.4)
            for k, ln in enumerate(wrap(c, v, 8, cw - 8)[:3]):
                c.text(x0 + 70 + i * cw + 4, y + 14 + 10 * k, ln, 8)
        y += 40
    y += 18
    c.text(
        x0,
        y,
        "Important numbers: Mom 555-0148  Dad 555-0193  Grandma 555-0127  "
        "Pediatrician 555-0100  Poison control 1-800-222-1222",
        8.5,
    )
    y += 14
    c.text(
        x0,
        y,
        "Reminders: library books due Thu; field trip form + $8 by Fri; "
        "dentist for Eli Tue 11/17 at 3:45p.",
        8.5,
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "other_budget_topsheet",
            "near_miss",
            "production budget, 3 pages: a top sheet with prep / shoot / wrap days, then details",
            _budget,
            OTHER,
        ),
        _sheet(
            "other_delivery_schedule",
            "near_miss",
            "post-production delivery schedule: due dates, times, formats, delivery address",
            _delivery,
            OTHER,
        ),
        _sheet(
            "other_family_planner",
            "near_miss",
            "household weekly planner titled 'Family Call Sheet': wake-up call times, school runs",
            _family,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_na_sheets(),
        *_pl_sheets(),
        *_uk_sheets(),
        *_xl_sheets(),
        *_ep_sheets(),
        *_adv_sheets(),
        *_other_sheets(),
    ]
