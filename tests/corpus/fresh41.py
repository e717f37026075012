"""Forty-second held-out set: North American call sheets crews are sent by smaller makers, in
cities not yet in the corpus (`fresh41_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh41"). One-page templates from Toronto / Vancouver commercial production
companies shooting in Courtenay, Canmore and Brockville (numbered labels, each value in the grid
cell under its label, "Oct 14/26" or "Wed Oct 14/26"), US non-union commercials from Fort Collins,
Bellingham and Annapolis (a boxed CREW CALL in the header and a "call times by department"
table), US reality / unscripted sheets from Coeur d'Alene, Clarksdale and Dahlonega (a "MEET /
PARK" line, story producer, a time-block schedule), Canadian IATSE / DGC drama series sheets from
Drumheller, Antigonish and Campbell River ("UNIT BASE / CREW PARKING", numbered "SET #1 / SET #2",
"0700"), call sheets exported from a web app and printed from a browser in Evanston,
Charlottesville and Bloomington (the browser's print date and page title above, the page's
address and "1/2" below) and US indie features typed in a spreadsheet in Beaufort, Decatur and
Abilene (a "day at a glance" timeline, "NEAREST ER" with an urgent care beside it, "7a" times).
Three near misses: a daily production report, a background actor's voucher and a stunt /
special-effects safety notice (all `other`).

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey, measure
from tests.corpus.formats import add_minutes
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
    letterhead,
    page,
    paragraph,
    paragraphs,
    sheet_basics,
    sheet_maker,
    stacked_tables,
    time_or,
    timed_rows,
    titled_notes,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, cell, fit

D = dt.date
OTHER = {"document_type": "other"}


def _place(region: str, tz: str, *a: Any) -> Place:
    """A place in this set's order: name, street, city, lat, lon, hospital (name, street, city,
    phone), base (street, city)."""
    name, street, city, lat, lon, hosp, h_street, h_city, phone, b_street, b_city = a
    return _p(
        region, name, street, city, lat, lon, tz, hosp, h_street, h_city, phone, b_street, b_city
    )


P: dict[str, Place] = {
    # (1) Toronto / Vancouver commercial production companies: Courtenay, Canmore, Brockville
    "courtenaymuseum": _place(
        "ca",
        "America/Vancouver",
        "Courtenay and District Museum",
        "207 4th St",
        "Courtenay, BC V9N 1G7",
        49.6906,
        -124.9960,
        "North Island Hospital Comox Valley",
        "101 Lerwick Rd",
        "Courtenay, BC V9N 0B9",
        "(250) 331-5900",
        "Lewis Centre lot, 489 Old Island Hwy",
        "Courtenay, BC V9N 3P2",
    ),
    "nordiccentre": _place(
        "ca",
        "America/Edmonton",
        "Canmore Nordic Centre Provincial Park",
        "1988 Olympic Way",
        "Canmore, AB T1W 2T6",
        51.0880,
        -115.3870,
        "Canmore General Hospital",
        "1100 Hospital Pl",
        "Canmore, AB T1W 1N2",
        "(403) 678-5536",
        "Day Lodge lower lot, Olympic Way",
        "Canmore, AB T1W 2T6",
    ),
    "aquatarium": _place(
        "ca",
        "America/Toronto",
        "Aquatarium at Tall Ships Landing",
        "6 Broad St",
        "Brockville, ON K6V 6Z9",
        44.5890,
        -75.6830,
        "Brockville General Hospital",
        "75 Charles St",
        "Brockville, ON K6V 1S8",
        "(613) 345-5645",
        "Blockhouse Island lot, Water St W",
        "Brockville, ON K6V 4M8",
    ),
    # (2) US non-union commercials: Fort Collins, Bellingham, Annapolis
    "fcmod": _place(
        "us",
        "America/Denver",
        "Fort Collins Museum of Discovery",
        "408 Mason Ct",
        "Fort Collins, CO 80524",
        40.5905,
        -105.0740,
        "UCHealth Poudre Valley Hospital",
        "1024 S Lemay Ave",
        "Fort Collins, CO 80524",
        "(970) 495-7000",
        "Old Town Parking Structure, 100 Remington St",
        "Fort Collins, CO 80524",
    ),
    "lightcatcher": _place(
        "us",
        "America/Los_Angeles",
        "Whatcom Museum Lightcatcher",
        "250 Flora St",
        "Bellingham, WA 98225",
        48.7505,
        -122.4790,
        "PeaceHealth St. Joseph Medical Center",
        "2901 Squalicum Pkwy",
        "Bellingham, WA 98225",
        "(360) 734-5400",
        "Parkade, 1300 Commercial St",
        "Bellingham, WA 98225",
    ),
    "banneker": _place(
        "us",
        "America/New_York",
        "Banneker-Douglass Museum",
        "84 Franklin St",
        "Annapolis, MD 21401",
        38.9770,
        -76.4950,
        "Anne Arundel Medical Center",
        "2001 Medical Pkwy",
        "Annapolis, MD 21401",
        "(443) 481-1000",
        "Gotts Court Garage, 25 Northwest St",
        "Annapolis, MD 21401",
    ),
    # (3) US reality / unscripted: Coeur d'Alene, Clarksdale, Dahlonega
    "cdaresort": _place(
        "us",
        "America/Los_Angeles",
        "The Coeur d'Alene Resort",
        "115 S 2nd St",
        "Coeur d'Alene, ID 83814",
        47.6740,
        -116.7830,
        "Kootenai Health",
        "2003 Kootenai Health Way",
        "Coeur d'Alene, ID 83814",
        "(208) 625-4000",
        "McEuen Park lot, 420 E Front Ave",
        "Coeur d'Alene, ID 83814",
    ),
    "deltablues": _place(
        "us",
        "America/Chicago",
        "Delta Blues Museum",
        "1 Blues Alley",
        "Clarksdale, MS 38614",
        34.1960,
        -90.5710,
        "Northwest Mississippi Medical Center",
        "1970 Hospital Dr",
        "Clarksdale, MS 38614",
        "(662) 627-3211",
        "Depot lot, 101 John Lee Hooker Ln",
        "Clarksdale, MS 38614",
    ),
    "goldmuseum": _place(
        "us",
        "America/New_York",
        "Dahlonega Gold Museum",
        "1 Public Square",
        "Dahlonega, GA 30533",
        34.5325,
        -83.9848,
        "Northeast Georgia Medical Center Lumpkin",
        "227 Mountain Dr",
        "Dahlonega, GA 30533",
        "(706) 864-6136",
        "Hancock Park lot, 24 Warwick St",
        "Dahlonega, GA 30533",
    ),
    # (4) Canadian IATSE / DGC drama series: Drumheller, Antigonish, Campbell River
    "tyrrell": _place(
        "ca",
        "America/Edmonton",
        "Royal Tyrrell Museum",
        "1500 N Dinosaur Trail",
        "Drumheller, AB T0J 0Y0",
        51.4790,
        -112.7900,
        "Drumheller Health Centre",
        "351 9 St NW",
        "Drumheller, AB T0J 0Y1",
        "(403) 823-6500",
        "Midland Provincial Park lot, N Dinosaur Trail",
        "Drumheller, AB T0J 0Y0",
    ),
    "antigonishmuseum": _place(
        "ca",
        "America/Halifax",
        "Antigonish Heritage Museum",
        "20 E Main St",
        "Antigonish, NS B2G 2E9",
        45.6220,
        -61.9900,
        "St. Martha's Regional Hospital",
        "25 Bay St",
        "Antigonish, NS B2G 2G5",
        "(902) 863-2830",
        "Antigonish Arena lot, 19 West St",
        "Antigonish, NS B2G 2G8",
    ),
    "crmuseum": _place(
        "ca",
        "America/Vancouver",
        "Museum at Campbell River",
        "470 Island Hwy",
        "Campbell River, BC V9W 4Z9",
        50.0160,
        -125.2340,
        "North Island Hospital Campbell River",
        "375 2nd Ave",
        "Campbell River, BC V9W 3V1",
        "(250) 850-2141",
        "Robert Ostler Park lot, 1100 Shoppers Row",
        "Campbell River, BC V9W 2C6",
    ),
    # (5) web-app exports printed from a browser: Evanston, Charlottesville, Bloomington
    "grossepoint": _place(
        "us",
        "America/Chicago",
        "Grosse Point Lighthouse",
        "2601 Sheridan Rd",
        "Evanston, IL 60201",
        42.0640,
        -87.6790,
        "Evanston Hospital",
        "2650 Ridge Ave",
        "Evanston, IL 60201",
        "(847) 570-2000",
        "Lighthouse Beach lot, Central St",
        "Evanston, IL 60201",
    ),
    "paramountcville": _place(
        "us",
        "America/New_York",
        "The Paramount Theater",
        "215 E Main St",
        "Charlottesville, VA 22902",
        38.0300,
        -78.4790,
        "UVA University Hospital",
        "1215 Lee St",
        "Charlottesville, VA 22903",
        "(434) 924-0211",
        "Market Street Parking Garage, 100 E Market St",
        "Charlottesville, VA 22902",
    ),
    "buskirk": _place(
        "us",
        "America/Indiana/Indianapolis",
        "Buskirk-Chumley Theater",
        "114 E Kirkwood Ave",
        "Bloomington, IN 47408",
        39.1668,
        -86.5330,
        "IU Health Bloomington Hospital",
        "2651 E Discovery Pkwy",
        "Bloomington, IN 47408",
        "(812) 353-5252",
        "Walnut Street Garage, 130 S Walnut St",
        "Bloomington, IN 47408",
    ),
    # (6) US indie features in a spreadsheet: Beaufort, Decatur, Abilene
    "verdier": _place(
        "us",
        "America/New_York",
        "John Mark Verdier House",
        "801 Bay St",
        "Beaufort, SC 29902",
        32.4316,
        -80.6700,
        "Beaufort Memorial Hospital",
        "955 Ribaut Rd",
        "Beaufort, SC 29902",
        "(843) 522-5200",
        "Waterfront Park lot, 1006 Bay St",
        "Beaufort, SC 29902",
    ),
    "dekalbcourthouse": _place(
        "us",
        "America/New_York",
        "Historic DeKalb Courthouse",
        "101 E Court Square",
        "Decatur, GA 30030",
        33.7745,
        -84.2960,
        "Emory Decatur Hospital",
        "2701 N Decatur Rd",
        "Decatur, GA 30033",
        "(404) 501-1000",
        "Decatur Square deck, 150 E Ponce de Leon Ave",
        "Decatur, GA 30030",
    ),
    "paramountabilene": _place(
        "us",
        "America/Chicago",
        "Paramount Theatre",
        "352 Cypress St",
        "Abilene, TX 79601",
        32.4500,
        -99.7330,
        "Hendrick Medical Center",
        "1900 Pine St",
        "Abilene, TX 79601",
        "(325) 670-2000",
        "Cypress Street lot, 400 Cypress St",
        "Abilene, TX 79601",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    a = ap[0].lower()
    forms = {
        "bare_a": f"{h12}{a}" if m == 0 else f"{h12}:{m:02d}{a}",  # "7a", "7:30a"
        "us_caps_a": f"{h12}:{m:02d}A" if ap == "AM" else f"{h12}:{m:02d}P",  # "7:00A"
        "hrs": f"{h:02d}{m:02d} hrs",  # "0700 hrs"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "wd_mon_slash_yy": f"{d:%a} {d:%b} {d.day}/{d:%y}",  # "Wed Oct 14/26"
        "us_abbr": f"{d:%a}, {d:%b} {d.day}, {d.year}",  # "Wed, Oct 14, 2026"
        "us_caps": f"{d:%A}, {d:%B} {d.day}, {d.year}".upper(),  # "WEDNESDAY, OCTOBER 14, 2026"
        "us_short_yyyy": f"{d:%a} {d.month}/{d.day}/{d.year}",  # "Wed 10/14/2026"
        "iso_wd": f"{d:%A} {d.isoformat()}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh41")
_para = paragraph
_table = head_table


# --- (1) Toronto / Vancouver commercial production company one-page template ---------------


def _grid_rows(
    c: Canvas,
    x0: float,
    y: float,
    width: float,
    rows: list[list[tuple[str, list[str], int]]],
    cols: int,
    *,
    size: float,
    label_size: float,
) -> float:
    """Rows of numbered label cells, each value in the cell BELOW its label (not beside it).
    A cell is (label, value lines, columns spanned); returns the y under the last row."""
    cw = width / cols
    for row in rows:
        depth = max(len(lines) for _, lines, _ in row)
        vh = depth * (size + 3) + 8
        x = x0
        for label, lines, span in row:
            w = cw * span
            fill(c, x, y, w, 13, 225)
            c.box(x, y, w, 13, 0.5)
            fit(c, x + 3, y + 9.5, label, label_size, w - 6, bold=True)
            c.box(x, y + 13, w, vh, 0.5)
            yy = y + 13 + size + 3
            for ln in lines:
                fit(c, x + 4, yy, ln, size, w - 8, bold=label.endswith("CALL"))
                yy += size + 3
            x += w
        y += 13 + vh
    return y


def _ca(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, lay = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=34.0)
        letterhead(
            c,
            x0,
            right,
            (44, 56),
            (g["company"], 15, g["company_addr"], 7.5),
            ("CALL SHEET", 16, g["version"], 7.5),
            level=95,
        )
        y = 70.0
        num = (lambda n, s: f"{n:02d}  {s}") if lay == "zero" else (lambda n, s: f"{n}. {s}")
        loc = [p.name, p.street, p.city, g["set"]]
        hosp = hospital_lines(p)
        park = [p.base_street, p.base_city, g["park_note"]]
        wrap = hm(add_minutes(call, g["wrap_after"]), t)
        date = day_text(day, g["date_style"])
        if lay == "three":
            rows = [
                [
                    (num(1, "CLIENT"), [g["client"]], 1),
                    (num(2, "AGENCY"), [g["agency"]], 1),
                    (num(3, "PROJECT"), [title], 1),
                ],
                [
                    (num(4, "SHOOT DATE"), [date], 1),
                    (num(5, "CREW CALL"), [hm(call, t)], 1),
                    (num(6, "EST. WRAP"), [wrap], 1),
                ],
                [
                    (num(7, "LOCATION"), loc, 2),
                    (num(8, "SUNRISE / SUNSET"), [f"{hm(rise, t)} / {hm(fall, t)}"], 1),
                ],
                [(num(9, "NEAREST HOSPITAL"), hosp, 2), (num(10, "WEATHER"), [g["weather"]], 1)],
                [(num(11, "PARKING"), park, 3)],
            ]
            cols = 3
        else:
            first = [
                (num(1, "PRODUCTION CO."), [g["company"]], 1),
                (num(2, "CLIENT"), [g["client"]], 1),
                (num(3, "PROJECT"), [title], 1),
                (num(4, "JOB #"), [g["job"]], 1),
            ]
            cells = [("SHOOT DATE", [date]), ("CREW CALL", [hm(call, t)])]
            weather = [g["weather"]]
            if g.get("precall"):
                # HARD: a department pre-call cell sits before the crew call, an hour earlier;
                # the sun times lose their cells to it and go under the weather
                cells.insert(1, ("PRE-CALL (G&E / ART)", [hm(g["precall"], t)]))
                cells.append(("EST. WRAP", [wrap]))
                weather += [f"Sunrise {hm(rise, t)}", f"Sunset {hm(fall, t)}"]
                last = [("NEAREST HOSPITAL", hosp, 2), ("WEATHER / SUN", weather, 2)]
            else:
                cells += [("SUNRISE", [hm(rise, t)]), ("SUNSET", [hm(fall, t)])]
                last = [("NEAREST HOSPITAL", hosp, 2), ("WEATHER", weather, 1)]
                last.append(("EST. WRAP", [wrap], 1))
            plain = [
                [(lab, v, 1) for lab, v in cells],
                [("LOCATION", loc, 2), ("PARKING / HOLDING", park, 2)],
                last,
            ]
            rows = [first]
            n = 5
            for row in plain:
                rows.append([])
                for lab, v, span in row:
                    rows[-1].append((num(n, lab), v, span))
                    n += 1
            cols = 4
        y = _grid_rows(c, x0, y, right - x0, rows, cols, size=g["size"], label_size=7)
        y += 18
        c.text(x0, y, "SCHEDULE", 9.5, bold=True)
        y = _table(
            c,
            x0,
            y + 14,
            ["TIME", "ACTIVITY", "NOTES"],
            [0, 70, 330],
            timed_rows(g["schedule"], call, partial(hm, style=t)),
            right,
            size=8.5,
            lead=12.5,
            ruled=True,
        )
        y += 2
        c.text(x0, y, "CREW", 9.5, bold=True)
        half = (len(g["crew"]) + 1) // 2
        yy = y + 14
        for k, (role, name, o) in enumerate(g["crew"]):
            xx = x0 + (0 if k < half else (right - x0) / 2)
            if k == half:
                yy = y + 14
            c.text(xx, yy, role, 8, bold=True)
            c.text(xx + 110, yy, name, 8)
            c.text(xx + 200, yy, hm(add_minutes(call, o), t), 8)
            yy += 11.5
        y += 14 + half * 11.5 + 12
        y = paragraphs(c, x0, y, g["notes"], 8, right - x0, 10.5)
        grey_text(c, x0, c.pdf.h - 24, g["footer"], 7, 120)
        return c.output()

    return _sheet(
        f"ca_{key}",
        "ca_prodco_onepage",
        "Toronto / Vancouver commercial production company's one-page template: numbered "
        "labels in shaded cells with each value in the cell below, 'Oct 14/26' or 'Wed Oct "
        f"14/26'; layout '{lay}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ca_sheets() -> list[Sheet]:
    return [
        _ca(
            "courtenaymuseum",
            "Island Roots",
            D(2026, 10, 14),
            "07:00",
            {
                "layout": "four",
                "font": "helvetica",
                "size": 9,
                "time_style": "us",
                "date_style": "wd_mon_slash_yy",
                "company": "Saltwater Pictures Inc.",
                "company_addr": "1128 Homer St, Vancouver BC V6B 2X6  ·  604-555-0147",
                "version": "Version 2  ·  issued Oct 13",
                "client": "Comox Valley Credit Union",
                "job": "SWP-2641",
                "set": "Fossil gallery, main floor",
                "park_note": "Crew vehicles only; trucks on 4th St",
                "weather": "Showers, 11°C",
                "wrap_after": 600,
                "schedule": [
                    (0, "Crew call / breakfast", "Catering in the Lewis Centre lot"),
                    (60, "Talent to set, first setup", "Gallery - wide"),
                    (300, "Lunch", "1/2 hr"),
                    (360, "Product shots, fossil case", "Insert table"),
                    (600, "Est. wrap", ""),
                ],
                "crew": [
                    ("Director", "Mara Lindqvist", 0),
                    ("Producer", "Jonah Whitford", -30),
                    ("DOP", "Theo Baptiste", 0),
                    ("1st AC", "Priya Sandhu", 0),
                    ("Gaffer", "Rob Kincaid", 0),
                    ("Key Grip", "Nate Olafsen", 0),
                    ("Art Director", "June Tsai", -30),
                    ("HMU", "Cass Ferreira", 30),
                ],
                "notes": [
                    "Museum open to the public from 10:00 AM: no gear in the front hall. Radios "
                    "on channel 2.",
                ],
                "footer": "Saltwater Pictures Inc.  ·  Island Roots  ·  Call sheet",
            },
        ),
        _ca(
            "nordiccentre",
            "First Tracks",
            D(2026, 10, 21),
            "07:30",
            {
                "layout": "three",
                "font": "sans",
                "size": 9.5,
                "time_style": "military",
                "date_style": "mon_slash_yy",
                "company": "Northwall Films Ltd.",
                "company_addr": "401 Richmond St W, Suite 220, Toronto ON M5V 3A8  ·  416-555-0193",
                "version": "Final",
                "client": "Bow Valley Outdoor Co.",
                "agency": "Hatch & Ridge",
                "set": "Day lodge deck and the biathlon range trail",
                "park_note": "Crew park at the south end; talent holding in the lodge",
                "weather": "Sun, cloud later, 4°C",
                "wrap_after": 570,
                "schedule": [
                    (0, "Crew call", "Breakfast at the day lodge"),
                    (45, "Safety meeting", "Trail rules, wildlife"),
                    (75, "Shot 1: runners on the range trail", "Drone permit on file"),
                    (330, "Lunch", ""),
                    (390, "Shots 4-6: lodge deck", ""),
                    (570, "Wrap", ""),
                ],
                "crew": [
                    ("Director", "Sasha Kowalczyk", 0),
                    ("Line Producer", "Dev Mistry", -30),
                    ("DP", "Ana Torvald", 0),
                    ("Drone Op", "Kyle Henning", 30),
                    ("Gaffer", "Marc Aubin", 0),
                    ("Wardrobe", "Lea Ng", -15),
                ],
                "notes": [
                    "Elevation 1400 m: layers, sunscreen, water. Bear spray with the location "
                    "manager.",
                ],
                "footer": "Northwall Films Ltd.  ·  First Tracks  ·  Page 1 of 1",
            },
        ),
        _ca(
            "aquatarium",
            "Thousand Islands Summer",
            D(2026, 10, 28),
            "08:00",
            {
                "layout": "zero",
                "font": "helvetica",
                "size": 9,
                "time_style": "us",
                "date_style": "wd_mon_slash_yy",
                "company": "Lakeshore Commercial Co.",
                "company_addr": "77 Mowat Ave, Toronto ON M6K 3E3  ·  647-555-0128",
                "version": "Call sheet v1",
                "client": "Brockville Tourism",
                "job": "LCC 26-088",
                "precall": "07:00",
                "set": "Great Lakes gallery and the waterfront dock",
                "park_note": "Holding in the Aquatarium boardroom",
                "weather": "Cloudy, 9°C",
                "wrap_after": 540,
                "schedule": [
                    (-60, "G&E / art pre-call", "Rig the gallery"),
                    (0, "Crew call", "Breakfast on the dock"),
                    (60, "Family in the gallery", "Wide, then coverage"),
                    (300, "Lunch", ""),
                    (360, "Dock and tall ship", ""),
                ],
                "crew": [
                    ("Director", "Ellis Marchetti", 0),
                    ("Producer", "Hannah Osei", -30),
                    ("DOP", "Gil Santos", 0),
                    ("Gaffer", "Terry Boudreau", -60),
                    ("Art", "Noor Haddad", -60),
                    ("Sound", "Ben Aaltonen", 0),
                ],
                "notes": [
                    "Aquatarium opens at 10:00 AM; the gallery stays closed to visitors until "
                    "1:00 PM.",
                ],
                "footer": "Lakeshore Commercial Co.  ·  LCC 26-088",
            },
        ),
    ]


# --- (2) US non-union commercial: boxed CREW CALL, call times by department -----------------


def _us_com(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, lay = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=36.0)
        c.text(x0, 42, g["company"], 12, bold=True)
        for k, ln in enumerate(g["company_lines"]):
            c.text(x0, 54 + k * 10, ln, 7.5)
        centre(c, 46, title, 15)
        centre(c, 60, g["client_line"], 8.5, bold=False)
        centre(c, 72, day_text(day, g["date_style"]), 10)
        # the boxed crew call, top right
        bw = 130.0
        bx = right - bw
        c.box(bx, 30, bw, 58, 1.4)
        lab = "CREW CALL"
        c.text(bx + (bw - measure(c, lab, 9, bold=True)) / 2, 44, lab, 9, bold=True)
        big = hm(call, t)
        c.text(bx + (bw - measure(c, big, 22, bold=True)) / 2, 72, big, 22, bold=True)
        sc = f"Shooting call {hm(add_minutes(call, g['shoot_after']), t)}"
        c.text(bx + (bw - measure(c, sc, 7)) / 2, 83, sc, 7)
        c.hline(x0, right, 96, 1.0)
        y = 100.0
        blocks = [
            ("LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("PARKING", [p.base_street, p.base_city, g["park_note"]]),
            ("NEAREST HOSPITAL", hospital_lines(p)),
        ]
        if lay == "three_box":
            bw3 = (right - x0) / 3
            boxed_cells(c, x0, y, bw3, blocks, 66, size=8.5)
            y += 80
            facts = [
                ("Sunrise", hm(rise, t)),
                ("Sunset", hm(fall, t)),
                ("Weather", g["weather"]),
                ("Lunch", hm(add_minutes(call, 360), t)),
            ]
            xx = x0
            for a, b in facts:
                w = c.text(xx, y, f"{a}: ", 8.5, bold=True)
                w += c.text(xx + w, y, b, 8.5)
                xx += w + 22
            y += 20
        else:
            for head, lines in blocks:
                c.text(x0, y + 12, head, 8, bold=True)
                fit(c, x0 + 110, y + 12, ", ".join(lines[:3]), 9, right - x0 - 110)
                yy = y + 24
                for ln in lines[3:]:
                    c.text(x0 + 110, yy, ln, 9)
                    yy += 12
                y = yy
                c.hline(x0, right, y - 7, 0.25)
            c.text(x0, y + 6, "SUNRISE / SUNSET", 8, bold=True)
            c.text(x0 + 110, y + 6, f"{hm(rise, t)} / {hm(fall, t)}   ·   {g['weather']}", 9)
            y += 28
        c.text(x0, y, "CALL TIMES BY DEPARTMENT", 10, bold=True)
        rows = [(d, n, hm(add_minutes(call, o), t), note) for d, n, o, note in g["depts"]]
        y = _table(
            c,
            x0,
            y + 14,
            ["DEPARTMENT", "HEAD", "CALL", "NOTES"],
            [0, 130, 270, 330],
            rows,
            right,
            size=8.5,
            lead=12.5,
            ruled=lay == "three_box",
        )
        y += 2
        c.text(x0, y, "TALENT", 10, bold=True)
        y = _table(
            c,
            x0,
            y + 14,
            ["NAME", "ROLE", "CALL", "HMU", "ON SET"],
            [0, 130, 270, 330, 400],
            cast_times(g["talent"], call, partial(hm, style=t), (0, 0, 60)),
            right,
            size=8.5,
            lead=12.5,
        )
        y += 2
        c.text(x0, y, "SHOT LIST", 10, bold=True)
        y += 13
        for n, s in enumerate(g["shots"], 1):
            c.text(x0, y, f"{n}. {s}", 8.5)
            y += 11
        y += 8
        y = paragraphs(c, x0, y, g["notes"], 8, right - x0, 10.5)
        grey_text(c, x0, c.pdf.h - 24, g["footer"], 7, 120)
        return c.output()

    return _sheet(
        f"com_{key}",
        "us_nonunion_commercial",
        "US non-union commercial: a boxed CREW CALL top right, title and date centred, location "
        "/ parking / hospital, a 'call times by department' table, talent and shot list; "
        f"layout '{lay}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _us_com_sheets() -> list[Sheet]:
    return [
        _us_com(
            "fcmod",
            "Brew Day",
            D(2026, 10, 14),
            "07:00",
            {
                "layout": "three_box",
                "font": "helvetica",
                "time_style": "us_letter",
                "date_style": "us_long",
                "company": "Foothill Creative LLC",
                "company_lines": ["220 Linden St, Fort Collins, CO 80524", "(970) 555-0131"],
                "client_line": "Client: Cache la Poudre Brewing  ·  :30 + :15 spots",
                "shoot_after": 75,
                "set": "Science gallery and the dome lobby",
                "park_note": "Validate at the front desk",
                "weather": "Clear, 61°F",
                "depts": [
                    ("Production", "Kelsey Moran", 0, "Walkies from the truck"),
                    ("Camera", "Luis Ortega", 0, "A cam + gimbal"),
                    ("G&E", "Shane Pruitt", 0, ""),
                    ("Art", "Becca Lowry", 15, "Props van at the dock"),
                    ("HMU / Wardrobe", "Tia Gomez", 30, ""),
                    ("Sound", "Omar Reyes", 60, ""),
                ],
                "talent": [("Jess Harlan", "Brewer", 30), ("Danny Oyelaran", "Friend", 90)],
                "shots": [
                    "Wide: friends at the science bar, pour into frame",
                    "Macro: foam and the can, tabletop",
                    "Dome lobby walk and talk",
                ],
                "notes": ["Non-union production. Closed set. Walkies: ch 1 production, ch 3 G&E."],
                "footer": "Foothill Creative LLC  ·  Brew Day  ·  Call sheet",
            },
        ),
        _us_com(
            "lightcatcher",
            "Tideline Rain Shell",
            D(2026, 10, 21),
            "06:30",
            {
                "layout": "rows",
                "font": "sans",
                "time_style": "us",
                "date_style": "us_abbr",
                "company": "Salish Sea Content Co.",
                "company_lines": ["1225 E Sunset Dr, Bellingham, WA 98226"],
                "client_line": "Client: Tideline Outfitters  ·  Agency: in-house",
                "shoot_after": 60,
                "set": "Courtyard and the glass wall",
                "park_note": "Level 2, crew spaces signed",
                "weather": "Rain, 52°F",
                "depts": [
                    ("Camera", "Wes Halvorsen", 0, "Rain covers"),
                    ("Grip / Electric", "Ray Chu", 0, ""),
                    ("Art", "Mina Sato", 0, ""),
                    ("Wardrobe", "Paula Brandt", 30, "Product on the rack"),
                    ("Hair / Makeup", "Dee Alvarez", 30, ""),
                    ("Client / Agency", "", 120, "Video village in the lobby"),
                ],
                "talent": [("Quinn Abara", "Runner", 30), ("Hollis Grant", "Cyclist", 60)],
                "shots": [
                    "Rain on the glass wall, talent walks in",
                    "Courtyard cyclist pass",
                    "Product detail: zip and hood",
                ],
                "notes": ["Rain tower wet-down 9:00 AM; cover the courtyard cables."],
                "footer": "Salish Sea Content Co.  ·  Tideline Rain Shell",
            },
        ),
        _us_com(
            "banneker",
            "Harbor Heritage",
            D(2026, 11, 4),
            "08:00",
            {
                "layout": "three_box",
                "font": "times",
                "time_style": "us_lower",
                "date_style": "us_long",
                "company": "Chesapeake Bay Media",
                "company_lines": ["110 Main St, Annapolis, MD 21401", "(410) 555-0162"],
                "client_line": "Client: Visit Annapolis  ·  Tourism :30",
                "shoot_after": 60,
                "set": "Mt. Moriah hall and the gallery",
                "park_note": "Crew spaces on level 1",
                "weather": "Partly cloudy, 58°F",
                # HARD: the department table opens with production's and G&E's earlier calls
                "depts": [
                    ("Production / PAs", "Marcus Bell", -90, "Lock up Franklin St"),
                    ("G&E", "Tony Abruzzo", -60, "Pre-rig the hall"),
                    ("Camera", "Keisha Boone", 0, ""),
                    ("Art", "Lila Brandt", 0, ""),
                    ("HMU", "Rosa Lin", 30, ""),
                ],
                "talent": [("Andre Collins", "Docent", 45), ("Maya Greer", "Visitor", 60)],
                "shots": ["Hall wide with the docent", "Gallery close-ups", "Exterior on Franklin"],
                "notes": ["Museum closed to the public on the shoot day."],
                "footer": "Chesapeake Bay Media  ·  Harbor Heritage",
            },
        ),
    ]


# --- (3) US reality / unscripted: MEET / PARK line, story producer, time blocks ------------


def _rty(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, lay = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=42.0)
        fill(c, x0, 28, right - x0, 40, 30)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 10, 46, title.upper(), 16, bold=True)
        c.text(x0 + 10, 60, g["episode"], 8.5)
        c.right(right - 10, 46, g["network"], 9, bold=True)
        c.right(right - 10, 60, g["company"], 7.5)
        black(c)
        y = 88.0
        meet = f"{p.base_street}, {p.base_city}"
        rows = [
            ("SHOOT DATE", day_text(day, g["date_style"])),
            ("CREW CALL", hm(call, t)),
            ("MEET / PARK", meet if g.get("meet_untimed") else f"{hm(call, t)} @ {meet}"),
            ("LOCATION", f"{p.name}, {p.address}"),
            ("SCENE / STORY", g["set"]),
            ("SUNRISE / SUNSET", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("WEATHER", g["weather"]),
            ("HOSPITAL", f"{p.hospital}, {p.hospital_address}  {p.hospital_phone}"),
        ]
        if lay == "two_col":
            half = (right - x0) / 2
            left, rightc = rows[:4], rows[4:]
            for k, col in enumerate([left, rightc]):
                yy = y
                for lab, val in col:
                    c.text(x0 + k * half, yy, lab, 7.5, bold=True)
                    fit(
                        c,
                        x0 + k * half,
                        yy + 12,
                        val,
                        9.5 if lab != "CREW CALL" else 13,
                        half - 14,
                        bold=lab == "CREW CALL",
                    )
                    yy += 30
            y += 4 * 30 + 8
        else:
            for lab, val in rows:
                c.text(x0, y, f"{lab}:", 9, bold=True)
                fit(c, x0 + 120, y, val, 9.5, right - x0 - 120, bold=lab == "CREW CALL")
                y += 15
            y += 8
        c.hline(x0, right, y, 0.6)
        y += 16
        c.text(x0, y, "STORY PRODUCER: " + g["story_producer"], 9, bold=True)
        c.right(right, y, "FIELD PRODUCER: " + g["field_producer"], 9, bold=True)
        y += 20
        c.text(x0, y, "SCHEDULE", 10, bold=True)
        y = _table(
            c,
            x0,
            y + 14,
            ["TIME", "WHAT", "WHO / WHERE"],
            [0, 70, 320],
            timed_rows(g["blocks"], call, partial(hm, style=t)),
            right,
            size=8.5,
            lead=13,
        )
        y += 2
        c.text(x0, y, "CAST / CONTRIBUTORS", 10, bold=True)
        y = _table(
            c,
            x0,
            y + 14,
            ["NAME", "WHO", "ARRIVE", "MIC'D BY"],
            [0, 140, 300, 380],
            [
                (a, b, hm(add_minutes(call, o), t), hm(add_minutes(call, o + 20), t))
                for a, b, o in g["cast"]
            ],
            right,
            size=8.5,
            lead=13,
        )
        y += 2
        c.text(x0, y, "CREW", 10, bold=True)
        y += 13
        for role, name, ph in g["crew"]:
            c.text(x0, y, role, 8.5, bold=True)
            c.text(x0 + 130, y, name, 8.5)
            c.text(x0 + 260, y, ph, 8.5)
            y += 11.5
        y += 8
        y = paragraphs(c, x0, y, g["notes"], 8.5, right - x0, 11)
        grey_text(
            c, x0, c.pdf.h - 24, "CONFIDENTIAL - do not share or post. " + g["company"], 7, 120
        )
        return c.output()

    return _sheet(
        f"rty_{key}",
        "us_reality_meet_park",
        "US reality / unscripted series sheet: SHOOT DATE, CREW CALL, a 'MEET / PARK' line "
        "(time @ lot), LOCATION, story and field producers, a time-block schedule, contributors "
        f"with mic times; layout '{lay}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _rty_sheets() -> list[Sheet]:
    return [
        _rty(
            "cdaresort",
            "Lake Life Rescue",
            D(2026, 10, 14),
            "06:30",
            {
                "layout": "list",
                "font": "helvetica",
                "time_style": "bare_a",
                "date_style": "us_long",
                "episode": "Season 2  ·  Ep. 206 'Boardwalk'",
                "network": "for LAKESIDE TV",
                "company": "Panhandle Unscripted LLC",
                "set": "Floating boardwalk and marina office",
                "weather": "Fog early, 48°F",
                "story_producer": "Kim Durant",
                "field_producer": "Jesse Alcott",
                "blocks": [
                    (0, "Crew call, meet & park, gear check", "McEuen Park lot"),
                    (30, "Walk to the boardwalk", "All"),
                    (60, "OTF: Captain Dale at the marina", "A cam / B cam"),
                    (180, "Vérité: morning patrol launch", "Boat cam"),
                    (330, "Lunch", "Resort staff dining room"),
                    (390, "ITM: Dale and Kris", "Marina office"),
                ],
                "cast": [("Dale Hruska", "Harbor captain", 30), ("Kris Moen", "Deckhand", 45)],
                "crew": [
                    ("Field Producer", "Jesse Alcott", "(208) 555-0120"),
                    ("Camera Op", "Tanner Ruiz", "(208) 555-0121"),
                    ("Audio", "Noel Baptiste", "(208) 555-0122"),
                    ("PA", "Amber Lutz", "(208) 555-0123"),
                ],
                "notes": [
                    "Releases for anyone on the boardwalk who ends up on camera. Life "
                    "jackets on the boat, no exceptions."
                ],
            },
        ),
        _rty(
            "deltablues",
            "Crossroads Kitchen",
            D(2026, 10, 21),
            "08:00",
            {
                "layout": "two_col",
                "font": "sans",
                "time_style": "us",
                "date_style": "us_caps",
                "episode": "Episode 103  ·  'Juke Joint Gumbo'",
                "network": "DELTA FOOD NETWORK",
                "company": "Riverbend Reality Inc.",
                "set": "Main gallery and the freight depot room",
                "weather": "Sunny, 74°F",
                "story_producer": "Lena Whitaker",
                "field_producer": "Otis Pryor",
                "blocks": [
                    (0, "Crew call / meet & park", "Depot lot"),
                    (60, "Host stand-up outside the museum", "Host, A cam"),
                    (120, "Cook-off setup in the depot room", "Culinary team"),
                    (240, "Lunch", ""),
                    (300, "Cook-off and judging", "All cameras"),
                ],
                "cast": [
                    ("Tasha Greene", "Host", 30),
                    ("Big Earl Simmons", "Cook", 60),
                    ("Rita Lam", "Cook", 60),
                ],
                "crew": [
                    ("Field Producer", "Otis Pryor", "(662) 555-0140"),
                    ("DP", "Ray Tolliver", "(662) 555-0141"),
                    ("Audio", "Jan Kovac", "(662) 555-0142"),
                ],
                "notes": [
                    "Museum open to visitors: keep the gallery walkway clear. Gas burners "
                    "outside only."
                ],
            },
        ),
        _rty(
            "goldmuseum",
            "Gold Fever Georgia",
            D(2026, 11, 4),
            "07:00",
            {
                "layout": "list",
                "font": "times",
                "time_style": "us_letter",
                "date_style": "us_short_yyyy",
                # HARD: the MEET / PARK line has no time, and the schedule's first block is a
                # camera load-in before the crew call
                "meet_untimed": True,
                "episode": "Season 1  ·  Ep. 108 'Assay'",
                "network": "for OUTBACK CHANNEL",
                "company": "Blue Ridge Unscripted",
                "set": "Courthouse courtroom and the square",
                "weather": "Cool, 45°F",
                "story_producer": "Gwen Talley",
                "field_producer": "Buck Henley",
                "blocks": [
                    (-45, "Camera load-in (cam dept only)", "Gold Museum, side door"),
                    (0, "Crew call", "Hancock Park lot"),
                    (60, "OTF: prospectors on the square", ""),
                    (150, "Assay scene in the courtroom", "All"),
                    (300, "Lunch", ""),
                ],
                "cast": [("Wade Purcell", "Prospector", 30), ("June Ammons", "Assayer", 90)],
                "crew": [
                    ("Field Producer", "Buck Henley", "(706) 555-0150"),
                    ("Shooter", "Cory Dunn", "(706) 555-0151"),
                    ("Audio", "Mel Ortiz", "(706) 555-0152"),
                ],
                "notes": ["No panning for gold on the square: the river segment is Friday."],
            },
        ),
    ]


# --- (4) Canadian IATSE / DGC drama series: UNIT BASE / CREW PARKING, SET #1 / SET #2 -------


def _cad(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, lay = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=30.0)
        grey_text(c, x0, 30, g["unions"], 7, 90)
        c.text(x0, 46, g["company"], 9, bold=True)
        c.text(x0, 57, g["office"], 7.5)
        c.text(x0, 67, f"Producer: {g['producer']}   Director: {g['director']}", 7.5)
        centre(c, 48, title.upper(), 17)
        centre(c, 62, g["episode"], 9, bold=False)
        centre(c, 76, g["day_of"], 9)
        rx = right - 150
        c.box(rx, 24, 150, 70, 0.8)
        c.text(rx + 6, 36, day_text(day, g["date_style"]), 8, bold=True)
        c.text(rx + 6, 52, "GENERAL CREW CALL", 7.5, bold=True)
        c.text(rx + 6, 68, hm(call, t), 15, bold=True)
        c.text(rx + 6, 80, f"Shooting call: {hm(add_minutes(call, 60), t)}", 7)
        c.text(rx + 6, 90, f"Sunrise {hm(rise, t)}  Sunset {hm(fall, t)}", 7)
        c.hline(x0, right, 100, 1.0)
        y = 104.0
        set1, set2 = g["sets"]
        blocks = [
            ("SET #1", [set1, p.name, p.street, p.city]),
            ("SET #2", g.get("set2_lines") or [set2, "(same location)"]),
            ("UNIT BASE / CREW PARKING", [p.base_street, p.base_city, g["base_note"]]),
            ("NEAREST HOSPITAL", hospital_lines(p)),
        ]
        if lay == "four_box":
            bw = (right - x0) / 4
            boxed_cells(c, x0, y, bw, blocks, 64, size=8)
            y += 78
        else:
            half = (right - x0) / 2
            for k, (head, lines) in enumerate(blocks):
                xx = x0 + (k % 2) * half
                yy = y + (k // 2) * 66
                c.box(xx, yy, half, 62, 0.6)
                cell(c, xx, yy, half, head, lines, label_size=7.5, size=8.5)
            y += 2 * 66 + 12
        c.text(x0, y, f"Weather: {g['weather']}", 8.5)
        c.right(right, y, "Closed set  ·  No visitors without the UPM's approval", 8.5)
        y += 16
        y = stacked_tables(
            c,
            x0,
            y,
            right,
            [
                (
                    ["SC.", "SET", "D/N", "PGS", "CAST", "LOC"],
                    [0, 36, 300, 340, 390, 480],
                    g["scenes"],
                ),
                (
                    ["#", "CAST", "CHARACTER", "P/U", "H/MU/W", "ON SET"],
                    [0, 20, 150, 280, 340, 420],
                    cast_times(g["cast"], call, partial(hm, style=t), (-30, 0, 75), numbered=True),
                ),
            ],
            gap=2,
            lead=12.5,
            size=8,
        )
        y = titled_notes(c, x0, y, "DEPARTMENT NOTES", 9, g["notes"], 8, right - x0, 10.5)
        grey_text(c, x0, c.pdf.h - 22, g["footer"], 7, 120)
        return c.output()

    extra = " ".join(g["sets"]) if not g.get("set2_lines") else g["sets"][0]
    return _sheet(
        f"cad_{key}",
        "ca_iatse_dgc_series",
        "Canadian IATSE / DGC drama series sheet: union line, GENERAL CREW CALL box, numbered "
        "SET #1 / SET #2 cells, UNIT BASE / CREW PARKING, NEAREST HOSPITAL, '0700' times; "
        f"layout '{lay}'",
        make,
        expect(p, title, day, call, extra),
    )


def _cad_sheets() -> list[Sheet]:
    return [
        _cad(
            "tyrrell",
            "Badlands",
            D(2026, 10, 15),
            "07:00",
            {
                "layout": "four_box",
                "font": "helvetica",
                "time_style": "military",
                "date_style": "us_caps",
                "unions": "IATSE 212  ·  DGC Alberta  ·  ACTRA  ·  Teamsters 362",
                "company": "Hoodoo Dramatic Productions Inc.",
                "office": "Production office: 230 3 Ave W, Drumheller AB  ·  403-555-0118",
                "producer": "Carla Wiebe",
                "director": "Jonas Redcrow",
                "episode": "Episode 104 'Bone Bed'",
                "day_of": "Day 12 of 40",
                "sets": ["INT. MUSEUM - PREP LAB", "EXT. MUSEUM - HOODOO TRAIL"],
                "base_note": "Trucks, trailers, catering; crew park east end",
                "weather": "Sunny, wind gusts 50 km/h, high 12°C",
                "scenes": [
                    ("14", "INT. MUSEUM - PREP LAB", "D", "2 3/8", "1, 3", "1"),
                    ("15", "INT. MUSEUM - PREP LAB", "D", "1", "1", "1"),
                    ("22", "EXT. MUSEUM - HOODOO TRAIL", "D", "1 5/8", "1, 2, 4", "2"),
                ],
                "cast": [
                    ("Nadia Fourcade", "DR. ELLEN VOSS", 0),
                    ("Sam Whitecloud", "CAL", 30),
                    ("Iris Yoon", "MEG", 90),
                ],
                "notes": [
                    "LOCATIONS: museum open to the public; keep the lobby clear. Wildlife: "
                    "rattlesnakes on the trail, stay on the path.",
                    "TRANSPORT: shuttle from unit base to set every 15 min from 0630.",
                ],
                "footer": "Badlands  ·  Hoodoo Dramatic Productions Inc.  ·  Call sheet day 12",
            },
        ),
        _cad(
            "antigonishmuseum",
            "Tides of St. Ninian",
            D(2026, 10, 22),
            "07:30",
            {
                "layout": "two_by_two",
                "font": "sans",
                "time_style": "h24",
                "date_style": "us_long",
                "unions": "IATSE 849  ·  DGC Atlantic  ·  ACTRA Maritimes",
                "company": "Bayview Road Pictures Ltd.",
                "office": "Production office: 155 Main St, Antigonish NS  ·  902-555-0176",
                "producer": "Moira MacIsaac",
                "director": "Declan Boudreau",
                "episode": "Episode 2 'Highland Games'",
                "day_of": "Day 7 of 24",
                "sets": ["INT. TRAIN STATION WAITING ROOM", "INT. STATION - TICKET OFFICE"],
                "base_note": "Catering in the arena lobby",
                "weather": "Overcast, showers PM, 9°C",
                "scenes": [
                    ("31", "INT. TRAIN STATION WAITING ROOM", "D", "2", "1, 2", "1"),
                    ("33", "INT. STATION - TICKET OFFICE", "D", "6/8", "2", "1"),
                    ("34", "INT. TRAIN STATION WAITING ROOM", "N", "1 1/8", "1, 5", "1"),
                ],
                "cast": [("Fiona Chisholm", "MAIRI", 0), ("Liam Doucette", "FR. ANGUS", 45)],
                "notes": [
                    "ART: period timetable boards, do not lean on them.",
                    "LOCATIONS: heritage building: no tape on the walls, no food inside.",
                ],
                "footer": "Tides of St. Ninian  ·  Bayview Road Pictures Ltd.",
            },
        ),
        _cad(
            "crmuseum",
            "Discovery Passage",
            D(2026, 11, 5),
            "06:30",
            {
                "layout": "four_box",
                "font": "helvetica",
                "time_style": "military",
                "date_style": "us_abbr",
                "unions": "IATSE 891  ·  DGC BC  ·  UBCP/ACTRA  ·  Teamsters 155",
                "company": "Quadra Channel Films Inc.",
                "office": "Production office: 1000 Shoppers Row, Campbell River BC",
                "producer": "Aidan Lowe",
                "director": "Renata Sato",
                "episode": "Episode 5 'Slack Tide'",
                "day_of": "Day 19 of 36",
                "sets": ["INT. MUSEUM - FISHING GALLERY", ""],
                # HARD: SET #2 is another venue after a company move, printed beside SET #1
                "set2_lines": [
                    "EXT. RIVER LODGE - (after move)",
                    "Haig-Brown House",
                    "2250 Campbell River Rd",
                    "Campbell River, BC V9W 4N7",
                ],
                "base_note": "Honeywagons and catering; crew parking north side",
                "weather": "Rain, SE 30 km/h, 8°C",
                "scenes": [
                    ("40", "INT. MUSEUM - FISHING GALLERY", "D", "2 1/8", "1, 4", "1"),
                    ("41", "INT. MUSEUM - FISHING GALLERY", "D", "7/8", "4", "1"),
                    ("58", "EXT. RIVER LODGE", "D", "1 3/8", "1, 2", "2"),
                ],
                "cast": [("Kendra Joe", "TESS", 0), ("Malcolm Reid", "OWEN", 60)],
                "notes": [
                    "COMPANY MOVE after sc. 41: 10 minutes; unit base stays put.",
                    "SAFETY: wet floors in the gallery; mats at the doors.",
                ],
                "footer": "Discovery Passage  ·  Quadra Channel Films Inc.",
            },
        ),
    ]


# --- (5) a web app's call sheet printed from a browser: print header and footer --------------


def _web(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, lay = sheet_basics(P[key], day, g)
    printed = day - dt.timedelta(days=g.get("printed_before", 1))

    def chrome(c: Canvas, page: int) -> None:
        """What the browser adds: print date and page title above, address and page count below."""
        grey(c, 60)
        c.text(24, 18, f"{printed.month}/{printed.day}/{printed:%y}, {g['printed_at']}", 7)
        centre(c, 18, g["page_title"], 7, bold=False)
        c.text(24, c.pdf.h - 14, g["url"], 7)
        c.right(c.width - 24, c.pdf.h - 14, f"{page}/2", 7)
        black(c)

    def card(c: Canvas, x: float, y: float, w: float, head: str, lines: list[str]) -> float:
        h = 22 + 12 * len(lines)
        c.pdf.set_draw_color(190, 190, 190)
        c.box(x, y, w, h, 0.6)
        c.pdf.set_draw_color(0, 0, 0)
        grey_text(c, x + 10, y + 14, head, 7.5, 100, bold=True)
        yy = y + 27
        for k, ln in enumerate(lines):
            fit(c, x + 10, yy, ln, 10 if k == 0 else 9, w - 20, bold=k == 0)
            yy += 12
        return y + h

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=44.0)
        chrome(c, 1)
        c.text(x0, 52, g["project_line"], 8.5)
        c.text(x0, 74, title, 20, bold=True)
        c.text(x0, 92, f"{g['day_of']}  ·  {day_text(day, g['date_style'])}", 10.5)
        pill = g["status"]
        pw = measure(c, pill, 8, bold=True) + 16
        fill(c, right - pw, 62, pw, 16, 225)
        c.text(right - pw + 8, 73, pill, 8, bold=True)
        y = 110.0
        half = (right - x0 - 12) / 2
        big = [
            ("GENERAL CREW CALL", [hm(call, t), f"Shooting call {hm(add_minutes(call, 60), t)}"]),
            ("WEATHER", [g["weather"], f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}"]),
            ("LOCATION 1", [p.name, p.address, g["set"]]),
            ("PARKING", [p.base_street, p.base_city, g["park_note"]]),
            ("NEAREST HOSPITAL", [p.hospital, p.hospital_address, p.hospital_phone]),
            ("KEY CONTACTS", g["contacts"]),
        ]
        if lay == "grid":
            for k in range(0, len(big), 2):
                y1 = card(c, x0, y, half, *big[k])
                y2 = card(c, x0 + half + 12, y, half, *big[k + 1])
                y = max(y1, y2) + 10
        else:
            for head, lines in big:
                y = card(c, x0, y, right - x0, head, lines) + 8
        y += 8
        c.text(x0, y, "Schedule", 12, bold=True)
        y = _table(
            c,
            x0,
            y + 16,
            ["Time", "Scene", "Description", "Cast"],
            [0, 70, 120, 380],
            timed_rows(g["schedule"], call, partial(hm, style=t)),
            right,
            size=8.5,
            lead=14,
            shade=238,
        )
        c.new_page()
        chrome(c, 2)
        y = 56.0
        c.text(x0, y, "Cast", 12, bold=True)
        y = _table(
            c,
            x0,
            y + 16,
            ["Name", "Role", "Call", "Makeup", "On set"],
            [0, 140, 270, 340, 410],
            cast_times(g["cast"], call, partial(hm, style=t), (0, 15, 75)),
            right,
            size=8.5,
            lead=14,
            shade=238,
        )
        y += 6
        c.text(x0, y, "Crew", 12, bold=True)
        y = _table(
            c,
            x0,
            y + 16,
            ["Department", "Position", "Name", "Call"],
            [0, 110, 250, 400],
            [(d, pos, n, hm(add_minutes(call, o), t)) for d, pos, n, o in g["crew"]],
            right,
            size=8.5,
            lead=14,
            shade=238,
        )
        y += 6
        y = titled_notes(c, x0, y, "Notes", 12, g["notes"], 9, right - x0, 12, gap=16)
        return c.output()

    return _sheet(
        f"web_{key}",
        "webapp_browser_print",
        "call sheet from a production web app printed from a browser: the print date and page "
        "title above, the page's address and '1/2' below, cards (General crew call, Weather, "
        f"Location 1, Parking, Nearest hospital), two pages; layout '{lay}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _web_sheets() -> list[Sheet]:
    return [
        _web(
            "grossepoint",
            "North Shore Light",
            D(2026, 10, 14),
            "07:00",
            {
                "layout": "grid",
                "font": "helvetica",
                "time_style": "us",
                "date_style": "us_abbr",
                "printed_at": "9:42 PM",
                "page_title": "Call Sheet - Day 4 - North Shore Light | Reelday",
                "url": "https://app.reelday.io/p/4812/call-sheets/day-4/print",
                "project_line": "Lantern Row Films  ·  Short film",
                "day_of": "Day 4 of 6",
                "status": "PUBLISHED",
                "set": "Lighthouse keeper's cottage and the lawn",
                "park_note": "Permit on the dash",
                "weather": "Partly cloudy, 57°F",
                "contacts": [
                    "Producer: Nia Ramsey (847) 555-0101",
                    "1st AD: Colin Pratt (847) 555-0102",
                ],
                "schedule": [
                    (60, "12", "Keeper's cottage - Ada finds the log", "1"),
                    (150, "13", "Lawn - Ada and Walt argue", "1, 2"),
                    (300, "", "Lunch", ""),
                    (360, "15", "Lantern room - night for day", "1"),
                ],
                "cast": [("Harper Quinn", "Ada", 0), ("Gus Whelan", "Walt", 60)],
                "crew": [
                    ("Production", "Producer", "Nia Ramsey", -30),
                    ("Production", "1st AD", "Colin Pratt", -30),
                    ("Camera", "DP", "Rafi Dagher", 0),
                    ("Grip & Electric", "Gaffer", "Sol Brenner", 0),
                    ("Sound", "Mixer", "Ivy Lund", 30),
                ],
                "notes": ["Lighthouse tours on the hour: hold the lawn for two minutes each time."],
            },
        ),
        _web(
            "paramountcville",
            "The Last Matinee",
            D(2026, 10, 21),
            "08:00",
            {
                "layout": "stack",
                "font": "sans",
                "time_style": "us_lower",
                "date_style": "us_long",
                "printed_at": "10:15 PM",
                "page_title": "Callbird - The Last Matinee - Call sheet (Day 9)",
                "url": "https://callbird.app/productions/last-matinee/days/9",
                "project_line": "Blue Ridge Film Collective  ·  Feature",
                "day_of": "Shoot day 9 / 21",
                "status": "Sent 7:58 PM",
                "set": "Auditorium, balcony and the projection booth",
                "park_note": "Crew rate with the stamped ticket",
                "weather": "Sunny, 66°F",
                "contacts": ["UPM: Rhea Stanton 434-555-0190", "2nd AD: Luke Tam 434-555-0191"],
                "schedule": [
                    (60, "44", "Auditorium - the last show", "1, 3, BG"),
                    (180, "45", "Projection booth - Ben threads the reel", "2"),
                    (300, "", "Lunch", ""),
                    (360, "47", "Balcony - Mae and Ben", "1, 2"),
                ],
                "cast": [
                    ("Odette Kim", "Mae", 15),
                    ("Ben Lasker", "Ben", 45),
                    ("Rowan Estes", "Usher", 120),
                ],
                "crew": [
                    ("Production", "UPM", "Rhea Stanton", -30),
                    ("Camera", "DP", "Carmen Lowe", 0),
                    ("Art", "Production designer", "Felix Ward", -60),
                    ("Sound", "Mixer", "Dean Oakes", 0),
                ],
                "notes": ["Background (40) call 9:00am at the Market Street garage holding."],
            },
        ),
        _web(
            "buskirk",
            "Kirkwood Nights",
            D(2026, 11, 4),
            "14:00",
            {
                "layout": "grid",
                "font": "helvetica",
                "time_style": "h24",
                "date_style": "iso_wd",
                # HARD: printed the morning of the shoot, so the browser's print date is the
                # shoot date and its print time is earlier than the call
                "printed_at": "8:05 AM",
                "printed_before": 0,
                "page_title": "Slatehouse | Kirkwood Nights | Day 2 call sheet",
                "url": "https://slatehouse.app/w/kirkwood-nights/callsheet/2?print=1",
                "project_line": "Hoosier Lantern Pictures  ·  Music documentary",
                "day_of": "Day 2 of 3",
                "status": "REVISED",
                "set": "Stage, house left boxes and the lobby",
                "park_note": "Trucks on 4th St after 13:00",
                "weather": "Clear, 54°F",
                "contacts": [
                    "Producer: Tess Albright 812-555-0170",
                    "Director: Marco Juarez 812-555-0171",
                ],
                "schedule": [
                    (60, "-", "Soundcheck coverage, house left", "Band"),
                    (240, "", "Dinner", ""),
                    (300, "-", "Concert - multicam", "Band, audience"),
                ],
                "cast": [("The Limestone Kids", "Band", 60)],
                "crew": [
                    ("Production", "Producer", "Tess Albright", -60),
                    ("Camera", "DP", "Ken Ishida", 0),
                    ("Camera", "Cam 2-4 ops", "see crew list", 60),
                    ("Sound", "Recordist", "Ana Pruitt", 0),
                ],
                "notes": ["Doors 19:00; all crew in black from 18:30."],
            },
        ),
    ]


# --- (6) US indie feature typed in a spreadsheet: day at a glance, NEAREST ER --------------


def _indie(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, lay = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page(
            "letter", "helvetica", orientation=g.get("orientation", "P"), margin=28.0
        )
        rh = 14.0
        # a spreadsheet: merged title row, then label / value cells with gridlines
        c.box(x0, 24, right - x0, 24, 0.6)
        fill(c, x0 + 0.3, 24.3, right - x0 - 0.6, 23.4, 235)
        c.text(x0 + 6, 41, title.upper(), 15, bold=True)
        c.right(right - 6, 41, g["company"], 8.5)
        y = 48.0
        split = x0 + (right - x0) * 0.55
        left = [
            ("DATE", day_text(day, g["date_style"])),
            ("DAY", g["day_of"]),
            ("CREW CALL", hm(call, t)),
            ("SET", g["set"]),
            ("LOCATION", p.name),
            ("ADDRESS", p.address),
            ("PARKING", f"{p.base_street}, {p.base_city}"),
        ]
        er = [
            ("NEAREST ER", p.hospital),
            ("ER ADDRESS", f"{p.hospital_address}  {p.hospital_phone}"),
        ]
        if g.get("urgent"):
            # HARD: the urgent care (minor injuries only) is listed above the nearest ER
            left += [("URGENT CARE", g["urgent"]), *er]
        else:
            left += er
        left += [("SUNRISE", hm(rise, t)), ("SUNSET", hm(fall, t)), ("WEATHER", g["weather"])]
        for k, (lab, val) in enumerate(left):
            yy = y + k * rh
            c.box(x0, yy, 70, rh, 0.3)
            c.box(x0 + 70, yy, split - x0 - 70, rh, 0.3)
            c.text(x0 + 3, yy + 10, lab, 7, bold=True)
            fit(c, x0 + 73, yy + 10.5, val, 8.5, split - x0 - 78, bold=lab == "CREW CALL")
        glance = timed_rows(g["glance"], call, partial(hm, style=t))
        c.box(split, y, right - split, rh, 0.3)
        fill(c, split + 0.3, y + 0.3, right - split - 0.6, rh - 0.6, 215)
        c.text(split + 4, y + 10, "DAY AT A GLANCE", 7.5, bold=True)
        for k, (tm, w) in enumerate(glance, 1):
            yy = y + k * rh
            c.box(split, yy, 50, rh, 0.3)
            c.box(split + 50, yy, right - split - 50, rh, 0.3)
            c.text(split + 4, yy + 10, tm, 8.5)
            fit(c, split + 54, yy + 10, w, 8.5, right - split - 58)
        y += max(len(left), len(glance) + 1) * rh + 14
        heads = ["SC", "I/E", "SET / DESCRIPTION", "D/N", "PGS", "CAST"]
        xs = [0, 30, 60, 330, 370, 420]
        y = stacked_tables(
            c,
            x0,
            y,
            right,
            [
                (heads, xs, g["scenes"]),
                (
                    ["ID", "CAST", "CHARACTER", "CALL", "H/MU", "ON SET"],
                    [0, 30, 160, 290, 350, 420],
                    cast_times(g["cast"], call, partial(hm, style=t), (0, 15, 75), numbered=True),
                ),
            ],
            gap=2,
            lead=13,
            ruled=True,
            size=8,
        )
        y = titled_notes(
            c, x0, y, "WALKIE CHANNELS: " + g["walkies"], 8, g["notes"], 8, right - x0, 10.5, gap=14
        )
        return c.output()

    return _sheet(
        f"indie_{key}",
        "us_indie_sheet_er",
        "US indie feature typed in a spreadsheet: gridline cells with labels left, a 'day at a "
        "glance' timeline, NEAREST ER with its address (an urgent care above it on one), "
        f"'7a' times, walkie channels; layout '{lay}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _indie_sheets() -> list[Sheet]:
    return [
        _indie(
            "verdier",
            "Spanish Moss",
            D(2026, 10, 14),
            "07:00",
            {
                "layout": "portrait",
                "time_style": "bare_a",
                "date_style": "us_short",
                "company": "Lowcountry Lantern Films",
                "day_of": "5 of 18",
                "set": "Front parlor and the piazza",
                "weather": "Humid, 79°F, storms after 4p",
                "glance": [
                    (0, "Crew call / breakfast"),
                    (45, "Blocking sc 21"),
                    (75, "Shooting call"),
                    (360, "Lunch (1 hr)"),
                    (420, "Sc 23 piazza"),
                    (690, "Est. wrap"),
                ],
                "scenes": [
                    ("21", "INT", "VERDIER HOUSE - FRONT PARLOR", "D", "2 4/8", "1, 2"),
                    ("22", "INT", "VERDIER HOUSE - HALL", "D", "3/8", "2"),
                    ("23", "EXT", "VERDIER HOUSE - PIAZZA", "D", "1 6/8", "1, 3"),
                ],
                "cast": [
                    ("Lacey Pinckney", "ROSALIND", 0),
                    ("Will Grayson", "HENRY", 45),
                    ("Dot Middleton", "AUNT CLAIRE", 120),
                ],
                "walkies": "1 production  ·  2 open  ·  3 G&E  ·  5 art",
                "notes": [
                    "House museum: cotton gloves for any original pieces. No open beverages inside."
                ],
            },
        ),
        _indie(
            "dekalbcourthouse",
            "Court Square",
            D(2026, 10, 21),
            "06:30",
            {
                "layout": "landscape",
                "orientation": "L",
                "time_style": "us_letter",
                "date_style": "us_long",
                "company": "Oakhurst Road Pictures",
                "day_of": "Day 11 of 22",
                "set": "Old courtroom and the rotunda",
                "weather": "Clear, 68°F",
                "glance": [
                    (0, "Crew call"),
                    (30, "Breakfast on the square"),
                    (60, "Shooting call"),
                    (330, "Lunch"),
                    (390, "Courtroom reverses"),
                    (660, "Wrap"),
                ],
                "scenes": [
                    ("58", "INT", "COURTROOM - THE VERDICT", "D", "3 1/8", "1, 2, 4, 6"),
                    ("59", "INT", "ROTUNDA", "D", "5/8", "1"),
                ],
                "cast": [("Joy Okafor", "JUDGE HARRIS", 0), ("Terrence Wade", "MILES", 30)],
                "walkies": "Ch 1 prod, Ch 2 private, Ch 4 camera",
                "notes": [
                    "History center staff on site all day; public restrooms on the lower level."
                ],
            },
        ),
        _indie(
            "paramountabilene",
            "Big Country",
            D(2026, 11, 4),
            "08:00",
            {
                "layout": "portrait",
                "time_style": "bare_a",
                "date_style": "us_abbr",
                "company": "Mesquite Flats Productions",
                "day_of": "14 / 20",
                "set": "Marquee, lobby and the house",
                "urgent": "Hendrick urgent care (minor injuries), Abilene, TX",
                "weather": "Windy, 63°F",
                "glance": [
                    (0, "Crew call"),
                    (60, "Shooting call"),
                    (360, "Lunch"),
                    (420, "Marquee at magic hour prep"),
                    (600, "Est. wrap"),
                ],
                "scenes": [
                    ("77", "INT", "PARAMOUNT - LOBBY", "D", "1 2/8", "1, 5"),
                    ("78", "INT", "PARAMOUNT - HOUSE", "D", "2", "1, 2, 5"),
                    ("80", "EXT", "MARQUEE", "D", "4/8", "2"),
                ],
                "cast": [
                    ("Cody Reyes", "BOONE", 0),
                    ("Ella Mae Dorsey", "LOU", 30),
                    ("Hank Whitley", "PROJECTIONIST", 150),
                ],
                "walkies": "1 main, 2 AD, 3 electric, 6 transpo",
                "notes": [
                    "Star ceiling rigging: no lifts in the house without the theatre's "
                    "tech director."
                ],
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets -------------------------------


def _production_report() -> bytes:
    """The Drumheller series' daily production report: what happened, after the day."""
    c, x0, right = page("letter", "helvetica", margin=36.0)
    c.text(x0, 44, "DAILY PRODUCTION REPORT", 15, bold=True)
    c.right(right, 44, "Day 11 of 40", 10, bold=True)
    c.text(x0, 58, "BADLANDS  ·  Ep. 104  ·  Hoodoo Dramatic Productions Inc.", 9)
    c.right(right, 58, "Wednesday, October 14, 2026", 9)
    c.hline(x0, right, 66, 0.8)
    y = 84.0
    pairs = [
        ("Crew call", "0700"),
        ("Shooting call", "0800"),
        ("First shot", "0822"),
        ("Lunch", "1300 - 1330"),
        ("First shot after lunch", "1348"),
        ("Camera wrap", "1847"),
        ("Company wrap", "1915"),
        ("Last person out", "1940"),
    ]
    for k, (a, b) in enumerate(pairs):
        xx = x0 + (k % 2) * (right - x0) / 2
        c.text(xx, y, a, 9, bold=True)
        c.text(xx + 140, y, b, 9)
        if k % 2:
            y += 14
    y += 8
    c.text(
        x0,
        y,
        "Locations worked: Royal Tyrrell Museum (prep lab); unit base Midland Provincial Park lot.",
        8.5,
    )
    y += 20
    y = stacked_tables(
        c,
        x0,
        y,
        right,
        [
            (
                ["", "SCENES", "PAGES", "MINUTES", "SETUPS"],
                [0, 110, 210, 300, 390],
                [
                    ("Scheduled", "12, 13", "3 2/8", "3:40", "-"),
                    ("Completed", "12, 13", "3 2/8", "3:55", "27"),
                    ("Previously", "1-11", "16 1/8", "17:10", "141"),
                    ("Total to date", "1-13", "19 3/8", "21:05", "168"),
                ],
            ),
            (
                ["CAST", "CHARACTER", "CALL", "ON SET", "DISMISSED", "MEALS"],
                [0, 120, 240, 300, 370, 450],
                [
                    ("Nadia Fourcade", "DR. ELLEN VOSS", "0630", "0800", "1830", "1300-1330"),
                    ("Sam Whitecloud", "CAL", "0700", "0830", "1700", "1300-1330"),
                ],
            ),
        ],
        gap=4,
        lead=13,
        ruled=True,
        size=8.5,
    )
    c.text(x0, y, "Notes / delays", 9, bold=True)
    y += 13
    for ln in [
        "0935-0950: wind hold on the trail (gusts 70 km/h). No accidents or injuries reported.",
        "Media: cards A041-A046, B027-B030 to the DIT; backups verified 1955.",
    ]:
        y = _para(c, x0, y, ln, 8.5, right - x0, 11)
    y += 20
    c.text(x0, y, "2nd AD: ____________________     UPM: ____________________", 8.5)
    return c.output()


def _voucher() -> bytes:
    """A background actor's pay voucher for the Charlottesville feature, filled in at wrap."""
    c, x0, right = page("letter", "helvetica", margin=46.0)
    c.text(x0, 48, "BACKGROUND ACTOR VOUCHER", 15, bold=True)
    c.right(right, 48, "No. 004417", 10, bold=True)
    c.text(
        x0,
        62,
        "Non-union  ·  Blue Ridge Film Collective  ·  Employer of record: Crewpay Services LLC",
        8,
    )
    c.hline(x0, right, 70, 0.8)
    y = 92.0
    rows = [
        ("Production", "The Last Matinee"),
        ("Work date", "10/21/2026"),
        ("Name", "Calloway, Dana R."),
        ("Report to", "Market Street Parking Garage holding"),
        ("Rate", "$150 / 8 hrs"),
        ("Category", "Audience (period)"),
    ]
    for k, (a, b) in enumerate(rows):
        xx = x0 + (k % 2) * (right - x0) / 2
        c.box(xx, y - 11, (right - x0) / 2, 28, 0.4)
        c.text(xx + 4, y - 2, a.upper(), 6.5, bold=True)
        c.text(xx + 4, y + 11, b, 9.5)
        if k % 2:
            y += 28
    y += 10
    y = _table(
        c,
        x0,
        y,
        ["CALL", "1ST MEAL OUT", "1ST MEAL IN", "2ND MEAL OUT", "2ND MEAL IN", "DISMISSED"],
        [0, 80, 165, 250, 335, 420],
        [("9:00 AM", "2:00 PM", "2:30 PM", "", "", "7:45 PM")],
        right,
        size=9,
        lead=16,
        ruled=True,
    )
    y += 4
    c.text(x0, y, "ADJUSTMENTS", 9, bold=True)
    y += 14
    for a, b in [
        ("Wardrobe (2 changes)", "$18.00"),
        ("Mileage", "-"),
        ("Smoke work", "$0"),
        ("Meal penalty", "-"),
    ]:
        c.text(x0, y, a, 9)
        c.right(x0 + 260, y, b, 9)
        y += 13
    y += 12
    y = _para(
        c,
        x0,
        y,
        "I certify the times above are correct. Payment is made by the employer of record "
        "within 10 business days. Keep the yellow copy.",
        8.5,
        right - x0,
        11,
    )
    y += 24
    for lab in ["Background actor signature", "AD / PA approval"]:
        c.hline(x0, x0 + 220, y, 0.5)
        c.text(x0, y + 11, lab, 7.5)
        y += 34
    return c.output()


def _sfx_notice() -> bytes:
    """A stunt and special-effects safety notice for the Abilene feature: a memo to all."""
    c, x0, right = page("letter", "times", margin=60.0)
    c.text(x0, 56, "SAFETY NOTICE - STUNTS & SPECIAL EFFECTS", 14, bold=True)
    c.text(x0, 72, "BIG COUNTRY  ·  Mesquite Flats Productions", 10)
    c.hline(x0, right, 80, 0.8)
    y = 100.0
    for a, b in [
        ("To", "All cast and crew"),
        ("From", "Hal Brister, 1st AD; Jo Pettit, SFX coordinator (lic. TX-PYRO 2291)"),
        ("Re", "Day 16, Friday, November 6, 2026: squib hits and a car gag"),
    ]:
        c.text(x0, y, f"{a}:", 10, bold=True)
        c.text(x0 + 50, y, b, 10)
        y += 15
    y += 10
    for ln in [
        "On Day 16 the company will use bullet hits (squibs) on the storefront set and a "
        "controlled car gag on Cypress St between N 3rd and N 4th. Only essential crew inside "
        "the marked exclusion zone. Ear and eye protection are handed out at the safety "
        "meeting.",
        "Safety walk-through: 10:30 AM at the storefront, mandatory for camera, grip, stunts, "
        "SFX and the ADs. Fire safety officer and medic on standby from 11:00 AM until the "
        "last gag is cleared.",
        "The call time and the scene order will be on Thursday's call sheet. This notice is "
        "not a call sheet. Anyone who does not wish to be near the effects may ask the 1st AD "
        "to be excused from the zone without penalty.",
    ]:
        y = _para(c, x0, y, ln, 10, right - x0, 13) + 8
    y += 6
    y = _table(
        c,
        x0,
        y,
        ["ITEM", "WHERE", "WINDOW", "CONTROL"],
        [0, 130, 270, 360],
        [
            ("Squib hits (12)", "Storefront set", "11:30 AM - 1:00 PM", "Remote firing, SFX"),
            ("Car gag (slide)", "Cypress St", "2:30 PM - 4:00 PM", "Road closed, APD"),
            ("Atmospheric smoke", "Storefront interior", "all day", "Ventilate between takes"),
        ],
        right,
        size=9,
        lead=14,
        ruled=True,
    )
    y += 6
    c.text(x0, y, "Questions: Jo Pettit (325) 555-0199", 10, bold=True)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_production_report",
            "near_miss",
            "daily production report: crew call, first shot, lunch, camera wrap, scenes and "
            "pages completed, cast in / out, delays",
            _production_report,
            OTHER,
        ),
        _sheet(
            "near_miss_background_voucher",
            "near_miss",
            "background actor's pay voucher: work date, report-to place, call / meals / "
            "dismissed times, adjustments, signatures",
            _voucher,
            OTHER,
        ),
        _sheet(
            "near_miss_sfx_safety_notice",
            "near_miss",
            "stunt and special-effects safety notice memo: a future shoot day's date, the "
            "effects, a walk-through time, windows, no call",
            _sfx_notice,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_ca_sheets(),
        *_us_com_sheets(),
        *_rty_sheets(),
        *_cad_sheets(),
        *_web_sheets(),
        *_indie_sheets(),
        *_other_sheets(),
    ]
