"""Fifty-fourth held-out set: everyday call sheets from the UK, Ireland, Australia and New
Zealand in layouts the corpus does not have yet, in towns from N to Z not yet in the corpus
(`fresh53_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh53"). UK drama unit call sheets with the UNIT CALL in a box beside
"Breakfast from", "Rushes to" and the sun (Stamford, St Ives, Whitstable); UK commercials with a
traffic-light status box in the header and LOCATION, UNIT BASE, CREW PARKING and NEAREST A&E
as four separate boxes (Southwold, Tynemouth, Saltaire); Irish sheets with a shaded left-hand
sidebar of times and Eircode addresses (Westport, Youghal, Navan); Australian TVC sheets in
landscape with a row of first light / sunrise / sunset / last light and "suburb STATE postcode"
addresses (Wagga Wagga, Port Fairy, Victor Harbor); New Zealand sheets with Māori and English
headings and place names and the crew call on a strip of cells (Taupō, Timaru, Paihia) and UK
calls typed on a phone and saved as a narrow PDF (Sherborne, Totnes, Stratford-upon-Avon).
Three near misses, all `other`: a marathon marshal / steward briefing, a TV studio audience
warm-up running order and a school trip consent letter.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from astral import Observer
from astral.sun import sun

from tests.corpus.draw import Canvas, centre
from tests.corpus.formats import add_minutes
from tests.corpus.fresh_common import (
    cast_times,
    clock,
    crew_times,
    date_or,
    expect,
    fill,
    grey_text,
    head_table,
    hospital_lines,
    label_rows,
    page,
    paragraph,
    paragraphs,
    ruled_cells,
    sheet_basics,
    sheet_maker,
    signature_lines,
    time_or,
    timed_rows,
    titled_notes,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # (1) UK drama unit call sheets: Stamford, St Ives, Whitstable
    "burghley": _p(
        "uk",
        "Burghley House",
        "Burghley Park",
        "Stamford PE9 3JY",
        52.6413,
        -0.4620,
        "Europe/London",
        "Peterborough City Hospital",
        "Bretton Gate",
        "Peterborough PE3 9GZ",
        "01733 678000",
        "Burghley Park, Coach Park (off Barnack Road)",
        "Stamford PE9 2LL",
    ),
    "tate": _p(
        "uk",
        "Tate St Ives",
        "Porthmeor Beach",
        "St Ives TR26 1TG",
        50.2150,
        -5.4810,
        "Europe/London",
        "Royal Cornwall Hospital (Treliske)",
        "Treliske",
        "Truro TR1 3LJ",
        "01872 250000",
        "Trenwith Car Park, Trenwith Lane",
        "St Ives TR26 1RP",
    ),
    "horsebridge": _p(
        "uk",
        "Whitstable Harbour",
        "South Quay, Harbour Street",
        "Whitstable CT5 1AB",
        51.3620,
        1.0260,
        "Europe/London",
        "Kent and Canterbury Hospital",
        "Ethelbert Road",
        "Canterbury CT1 3NG",
        "01227 766877",
        "Gorrell Tank Car Park, Cromwell Road",
        "Whitstable CT5 1NN",
    ),
    # (2) UK commercials with a traffic-light header: Southwold, Tynemouth, Saltaire
    "pier": _p(
        "uk",
        "Southwold Pier",
        "North Parade",
        "Southwold IP18 6BN",
        52.3290,
        1.6870,
        "Europe/London",
        "James Paget University Hospital",
        "Lowestoft Road, Gorleston",
        "Great Yarmouth NR31 6LA",
        "01493 452452",
        "The Common car park, Ferry Road",
        "Southwold IP18 6ND",
    ),
    "priory": _p(
        "uk",
        "Tynemouth Priory and Castle",
        "Pier Road",
        "Tynemouth NE30 4BZ",
        55.0170,
        -1.4180,
        "Europe/London",
        "Northumbria Specialist Emergency Care Hospital",
        "Northumbria Way",
        "Cramlington NE23 6NZ",
        "0344 811 8111",
        "Tynemouth Metro station, Station Terrace",
        "Tynemouth NE30 4RE",
    ),
    "saltsmill": _p(
        "uk",
        "Salts Mill",
        "Victoria Road",
        "Saltaire, Shipley BD18 3LA",
        53.8380,
        -1.7900,
        "Europe/London",
        "Bradford Royal Infirmary",
        "Duckworth Lane",
        "Bradford BD9 6RJ",
        "01274 542200",
        "Exhibition Road car park",
        "Saltaire BD18 3JY",
    ),
    # (3) Irish sheets with Eircodes: Westport, Youghal, Navan
    "westporthouse": _p(
        "ie",
        "Westport House",
        "Quay Road",
        "Westport, Co. Mayo F28 Y276",
        53.8010,
        -9.5400,
        "Europe/Dublin",
        "Mayo University Hospital",
        "Westport Road",
        "Castlebar, Co. Mayo F23 H529",
        "094 902 1733",
        "The Quay car park, The Quay",
        "Westport, Co. Mayo F28 P5C9",
    ),
    "clockgate": _p(
        "ie",
        "Youghal Clock Gate Tower",
        "Main Street",
        "Youghal, Co. Cork P36 TR88",
        51.9530,
        -7.8500,
        "Europe/Dublin",
        "Cork University Hospital",
        "Wilton",
        "Cork T12 DC4A",
        "021 492 2000",
        "Front Strand car park, Front Strand",
        "Youghal, Co. Cork P36 X027",
    ),
    "solstice": _p(
        "ie",
        "Solstice Arts Centre",
        "Railway Street",
        "Navan, Co. Meath C15 N92E",
        53.6520,
        -6.6860,
        "Europe/Dublin",
        "Our Lady of Lourdes Hospital",
        "Windmill Road",
        "Drogheda, Co. Louth A92 VW28",
        "041 983 7601",
        "Navan Shopping Centre multi-storey, Kennedy Road",
        "Navan, Co. Meath C15 F8K2",
    ),
    # (4) Australian TVC landscape sheets: Wagga Wagga, Port Fairy, Victor Harbor
    "victory": _p(
        "au",
        "Victory Memorial Gardens",
        "Baylis Street",
        "Wagga Wagga NSW 2650",
        -35.1150,
        147.3670,
        "Australia/Sydney",
        "Wagga Wagga Base Hospital",
        "Docker Street",
        "Wagga Wagga NSW 2650",
        "(02) 5943 1000",
        "Wagga Wagga Civic Centre car park, Morrow Street",
        "Wagga Wagga NSW 2650",
    ),
    "griffiths": _p(
        "au",
        "Griffiths Island Lighthouse",
        "Griffiths Island Causeway, Griffiths Street",
        "Port Fairy VIC 3284",
        -38.3920,
        142.2470,
        "Australia/Melbourne",
        "South West Healthcare Warrnambool",
        "Ryot Street",
        "Warrnambool VIC 3280",
        "(03) 5563 1666",
        "Martins Point car park, Griffiths Street",
        "Port Fairy VIC 3284",
    ),
    "granite": _p(
        "au",
        "Granite Island Causeway",
        "The Esplanade",
        "Victor Harbor SA 5211",
        -35.5620,
        138.6270,
        "Australia/Adelaide",
        "South Coast District Hospital",
        "Bay Road",
        "Victor Harbor SA 5211",
        "(08) 8552 0500",
        "Warland Reserve car park, Flinders Parade",
        "Victor Harbor SA 5211",
    ),
    # (5) New Zealand strip sheets: Taupō, Timaru, Paihia
    "huka": _p(
        "nz",
        "Huka Falls",
        "Huka Falls Road",
        "Wairākei, Taupō 3377",
        -38.6490,
        176.0900,
        "Pacific/Auckland",
        "Taupō Hospital",
        "Kotare Street",
        "Taupō 3330",
        "07 376 1000",
        "Wairākei Tourist Park car park, State Highway 1",
        "Taupō 3377",
    ),
    "carolinebay": _p(
        "nz",
        "Caroline Bay",
        "Marine Parade",
        "Timaru 7910",
        -44.3900,
        171.2550,
        "Pacific/Auckland",
        "Timaru Hospital",
        "Queen Street",
        "Timaru 7910",
        "03 687 2100",
        "Caroline Bay Carnival car park, Virtue Avenue",
        "Timaru 7910",
    ),
    "waitangi": _p(
        "nz",
        "Waitangi Treaty Grounds",
        "1 Tau Henare Drive",
        "Waitangi 0293",
        -35.2640,
        174.0800,
        "Pacific/Auckland",
        "Bay of Islands Hospital",
        "Hospital Road",
        "Kawakawa 0210",
        "09 404 0280",
        "Paihia Wharf car park, Marsden Road",
        "Paihia 0200",
    ),
    # (6) UK calls typed on a phone: Sherborne, Totnes, Stratford-upon-Avon
    "abbey": _p(
        "uk",
        "Sherborne Abbey",
        "Abbey Close",
        "Sherborne DT9 3LQ",
        50.9460,
        -2.5170,
        "Europe/London",
        "Yeovil District Hospital",
        "Higher Kingston",
        "Yeovil BA21 4AT",
        "01935 475122",
        "Culverhayes car park, Culverhayes",
        "Sherborne DT9 3PH",
    ),
    "totnescastle": _p(
        "uk",
        "Totnes Castle",
        "Castle Street",
        "Totnes TQ9 5NU",
        50.4330,
        -3.6900,
        "Europe/London",
        "Torbay Hospital",
        "Newton Road",
        "Torquay TQ2 7AA",
        "0300 456 8000",
        "Heath's Nursery car park, Station Road",
        "Totnes TQ9 5JQ",
    ),
    "trinity": _p(
        "uk",
        "Holy Trinity Church",
        "Old Town",
        "Stratford-upon-Avon CV37 6BG",
        52.1860,
        -1.7080,
        "Europe/London",
        "Warwick Hospital",
        "Lakin Road",
        "Warwick CV34 5BW",
        "01926 495321",
        "Recreation Ground car park, Swans Nest Lane",
        "Stratford-upon-Avon CV37 7LS",
    ),
}

MI_WD = ["Rāhina", "Rātū", "Rāapa", "Rāpare", "Rāmere", "Rāhoroi", "Rātapu"]
MI_MON = ["Kohitātea", "Hui-tanguru", "Poutū-te-rangi", "Paenga-whāwhā", "Haratua"]
MI_MON += ["Pipiri", "Hōngongoi", "Here-turi-kōkā", "Mahuru", "Whiringa-ā-nuku"]
MI_MON += ["Whiringa-ā-rangi", "Hakihea"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "uk": f"{h:02d}{m:02d}",  # "0730"
        "uk_colon": f"{h:02d}:{m:02d}",  # "07:30"
        "uk_dot": f"{h12}.{m:02d}{ap.lower()}",  # "7.30am"
        "au": f"{h12}:{m:02d}{ap.lower()}",  # "6:45am"
        "au_24": f"{h:02d}{m:02d}",  # "0645"
        "nz": f"{h12}.{m:02d}{ap.lower()}",  # "6.45am"
        "nz_24": f"{h:02d}:{m:02d}",
        "phone": f"{h12}.{m:02d}" if m else f"{h12}{ap.lower()}",  # "7.30" / "8am"
    }
    return time_or(forms, hhmm, style)


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "uk_long": f"{d:%A} {_ord(d.day)} {d:%B %Y}",  # "Tuesday 17th November 2026"
        "uk_short": f"{d:%a} {d.day} {d:%b %Y}",  # "Tue 17 Nov 2026"
        "uk_dots": f"{d:%A} {d:%d.%m.%y}".upper(),  # "WEDNESDAY 18.11.26"
        "ie_long": f"{d:%A} {d.day} {d:%B %Y}",  # "Thursday 19 November 2026"
        "au_slash": f"{d:%a} {d:%d/%m/%Y}",  # "Mon 23/11/2026"
        "nz_mi": f"{MI_WD[d.weekday()]} {d.day} {MI_MON[d.month - 1]} {d.year}",
        "nz_en": f"{d:%A} {d.day} {d:%B %Y}",
        "phone": f"{d:%a} {_ord(d.day)} {d:%b} ({d:%d/%m/%y})",  # "Tue 1st Dec (01/12/26)"
    }
    return date_or(forms, d, style)


def light(p: Place, day: D) -> tuple[str, str]:
    """First and last light (civil dawn and dusk, HH:MM local) as astral gives them."""
    s = sun(Observer(p.lat, p.lon), date=day, tzinfo=ZoneInfo(p.tz))
    first = (s["dawn"] + dt.timedelta(seconds=30)).strftime("%H:%M")
    last = (s["dusk"] + dt.timedelta(seconds=30)).strftime("%H:%M")
    return first, last


_sheet = sheet_maker("fresh53")
_table = partial(head_table, size=7.5, lead=12)


def _footer(c: Canvas, text: str, x: float = 34) -> None:
    grey_text(c, x, c.pdf.h - 20, text, 7, 120)


# --- (1) UK drama unit call sheets: UNIT CALL box, "Breakfast from", "Rushes to" ---------------


def _uk_drama(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=30.0)
        c.text(x0, 38, g["company"], 9, bold=True)
        grey_text(c, x0, 48, g["office"], 7)
        c.right(right, 38, f"UNIT CALL SHEET No. {g['n']}", 11, bold=True)
        c.right(right, 49, g["block"], 7.5)
        c.hline(x0, right, 56, 1.5)
        centre(c, 80, title.upper(), 19)
        centre(c, 93, g["credits"], 7.5, bold=False)
        centre(c, 109, day_text(day, g["date_style"]), 11)
        y = 120.0
        # the unit call in a box, left; the day's other times beside it
        c.box(x0, y, 150, 74, 2.0)
        c.text(x0 + 10, y + 16, "UNIT CALL", 10, bold=True)
        c.text(x0 + 10, y + 50, hm(call, t), 28, bold=True)
        c.text(x0 + 10, y + 66, g["call_at"], 7)
        rows = [(lab, f"{hm(add_minutes(call, off), t)}  {what}") for lab, off, what in g["times"]]
        rows += [
            ("Sunrise / Sunset", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("Weather", g["weather"]),
            ("Rushes to", g["rushes"]),
        ]
        label_rows(c, x0 + 162, y + 10, right, rows, 8, 92, 11, suffix=":", rule_drop=3)
        y += 90
        w = (right - x0) / 3
        blocks = [
            ("LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("UNIT BASE (breakfast, trucks, crew parking)", [p.base_street, p.base_city]),
            ("NEAREST A&E", [*hospital_lines(p)[:3], f"Tel: {p.hospital_phone}"]),
        ]
        ruled_cells(c, x0, y, w, blocks, 60, 0.6, label_size=7, size=7.8, lead=10.5)
        y += 78
        written = partial(hm, style=t)
        y = _table(
            c,
            x0,
            y,
            ["SC", "SET / SYNOPSIS", "D/N", "PAGES", "ARTISTES"],
            [0, 30, 330, 370, 420],
            g["scenes"],
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["No.", "ARTISTE", "CHARACTER", "P/UP", "M/U & COST.", "ON SET"],
            [0, 24, 150, 270, 340, 440],
            cast_times(g["cast"], call, written, [-80, -60, 0], numbered=True),
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["DEPT", "PRE-CALLS", "TIME"],
            [0, 120, 420],
            crew_times(g["crew"], call, written),
            right,
        )
        titled_notes(c, x0, y + 4, "NOTES", 8.5, g["notes"], 7.5, right - x0, 10)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"uk_{key}",
        "uk_drama_unit",
        "UK drama unit call sheet, A4: company, 'UNIT CALL SHEET No. n' and the block; the "
        "title in capitals, credits, the date centred; a heavy box with UNIT CALL at 28 pt "
        "beside ruled rows of 'Breakfast from', minibus / lunch / wrap times, sun, weather and "
        "'Rushes to'; LOCATION / UNIT BASE / NEAREST A&E; scenes, artistes with P/UP, M/U and "
        "on set, department pre-calls; notes",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _uk_drama_sheets() -> list[Sheet]:
    return [
        _uk_drama(
            "burghley",
            "The Long Gallery",
            D(2026, 11, 17),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "uk",
                "date_style": "uk_long",
                "company": "WELLAND STREET PICTURES LTD",
                "office": "Production Office: 4 St Mary's Hill, Stamford PE9 2DP  ·  01780 480 212",
                "n": "14",
                "block": "Block 2  ·  Eps 3 & 4  ·  Shooting day 14 of 48",
                "credits": "Director: Hattie Osei  ·  Producer: Gareth Lomax  ·  "
                "1st AD: Priya Nair",
                "call_at": "on set (walk from base 5 mins)",
                "times": [
                    ("Breakfast from", -60, "at Unit Base"),
                    ("Lunch", 330, "(1 hr, at Unit Base)"),
                    ("Est. wrap", 630, ""),
                ],
                "weather": "Overcast, 9°C, light westerly",
                "rushes": "Molinare, 34 Foley St W1 (courier from base 1930)",
                "set": "Great Hall and the Heaven Room",
                "scenes": [
                    ("31", "INT. GREAT HALL - the reading of the will", "D3", "2 4/8", "1, 2, 4"),
                    ("32", "INT. HEAVEN ROOM - Edith alone", "D3", "7/8", "1"),
                    ("35pt", "EXT. SOUTH FRONT - the carriage leaves", "D3", "1 1/8", "2, 4, SA"),
                ],
                "cast": [
                    ("Imogen Tallis", "EDITH", 0),
                    ("Rufus Adeyemi", "CHARLES", 30),
                    ("Margaret Quayle", "LADY FENN", 90),
                ],
                "crew": [
                    ("Art Dept", "Standby props & dressing", -60),
                    ("Electrical", "Rigging the Great Hall", -90),
                    ("Hair & Make-up", "Full team at base", -90),
                ],
                "notes": [
                    "Burghley is open to visitors from 1100: keep the Great Hall doors shut "
                    "between takes. No food or drink in the state rooms. Minibus shuttle "
                    "from base every 10 mins from 0700.",
                ],
                "footer": "The Long Gallery  ·  Welland Street Pictures for BBC One  ·  "
                "Call sheet 14  ·  Private and confidential",
            },
        ),
        _uk_drama(
            "tate",
            "Porthmeor",
            D(2026, 11, 24),
            "08:00",
            {
                "font": "sans",
                "time_style": "uk_colon",
                "date_style": "uk_short",
                "company": "KNILL BY NIGHT LTD",
                "office": "c/o St Ives Guildhall, Street-an-Pol, St Ives TR26 2DS",
                "n": "6",
                "block": "Episode 2  ·  Day 6 of 30",
                "credits": "Director: Tamsin Pascoe  ·  Producer: Owen Blackwell",
                "call_at": "at the Tate's lower terrace",
                "times": [
                    ("Breakfast from", -60, "Trenwith (base)"),
                    ("Minibus to set", -20, "Trenwith car park"),
                    ("Lunch", 300, "Semi-continuous, 30 min"),
                    ("Est. wrap", 570, ""),
                ],
                "weather": "Bright, showers later, 11°C, SW 20 mph",
                "rushes": "DIT to Farm Group via Aspera by 2000",
                "set": "the lower terrace and the beach below",
                "scenes": [
                    ("12", "EXT. PORTHMEOR BEACH - surfers, Jory watches", "D2", "1 3/8", "1, 3"),
                    ("14", "INT. GALLERY CAFE - Jory and Mena", "D2", "2", "1, 2"),
                ],
                "cast": [
                    ("Kit Trevorrow", "JORY", 0),
                    ("Aisha Menon", "MENA", 60),
                    ("Declan Rowse", "COASTGUARD", 120),
                ],
                "crew": [
                    ("Camera", "Marine unit kit check", -45),
                    ("Safety", "Lifeguard briefing on the beach", -30),
                ],
                "notes": [
                    "Beach open to the public: marshals at each slipway. Wetsuits for cast "
                    "in the costume truck. No drones without the CAA permission on file.",
                ],
                "footer": "Porthmeor  ·  Knill by Night  ·  Day 6",
            },
        ),
        _uk_drama(
            "horsebridge",
            "Oyster Season",
            D(2026, 12, 1),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "uk",
                "date_style": "uk_long",
                "company": "SEASALTER FILMS",
                "office": "The Old Sail Loft, Sea Wall, Whitstable CT5 1BX",
                "n": "21",
                "block": "Block 3  ·  Ep 5  ·  Day 21 of 42",
                "credits": "Director: Ben Okafor  ·  Producer: Lucy Harrowden  ·  1st AD: Sam Yeo",
                "call_at": "on the South Quay",
                # HARD: the low-water time and the tide unit's pre-call come before the call
                "times": [
                    ("Low water", -48, "(0.4 m) tide unit pre-call"),
                    ("Breakfast from", -60, "Gorrell Tank (base)"),
                    ("Lunch", 360, ""),
                    ("Est. wrap", 600, ""),
                ],
                "weather": "Cold and clear, 4°C, frost early",
                "rushes": "Courier from base to Hackenbacker, Soho by 1900",
                "set": "the oyster sheds and the East Quay slipway",
                "scenes": [
                    ("50", "EXT. HARBOUR - the dredger comes in", "D5", "1 6/8", "1, 2, 5"),
                    ("51", "INT. OYSTER SHED - grading the catch", "D5", "2 2/8", "1, 5"),
                    ("53", "EXT. EAST QUAY SLIPWAY - Nell and Col", "D5", "5/8", "2, 3"),
                ],
                "cast": [
                    ("Josie Amankwah", "NELL", 0),
                    ("Callum Greig", "COL", 30),
                    ("Peter Vance", "OLD HARRY", 60),
                ],
                "crew": [
                    ("Marine", "Safety boat launch", -60),
                    ("Grips", "Track on the quay", -45),
                ],
                "notes": [
                    "Working harbour: hard hats and hi-vis on the quay, keep clear of the "
                    "crane. Cast in thermals under costume; hot drinks at the sheds all day.",
                ],
                "footer": "Oyster Season  ·  Seasalter Films for Channel 4  ·  Call sheet 21",
            },
        ),
    ]


# --- (2) UK commercials: traffic-light status box, UNIT BASE and CREW PARKING apart -------------

LIGHTS = {"RED": (200, 30, 30), "AMBER": (235, 160, 20), "GREEN": (40, 160, 60)}


def _uk_ad(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=28.0)
        # three header boxes: company, the sheet's name and job, the status lights
        w = right - x0
        c.box(x0, 28, w * 0.38, 64, 0.8)
        c.text(x0 + 8, 48, g["company"], 12, bold=True)
        c.text(x0 + 8, 60, g["office"], 6.8)
        c.text(x0 + 8, 70, g["phone"], 6.8)
        mx = x0 + w * 0.38
        c.box(mx, 28, w * 0.37, 64, 0.8)
        c.text(mx + 8, 46, "CALL SHEET", 14, bold=True)
        fit(c, mx + 8, 62, title, 11, w * 0.37 - 16, bold=True)
        c.text(mx + 8, 78, f"Job no. {g['job']}  ·  {g['spot']}", 7.5)
        lx = mx + w * 0.37
        c.box(lx, 28, right - lx, 64, 0.8)
        for i, name in enumerate(["RED", "AMBER", "GREEN"]):
            r, gg, b = LIGHTS[name] if name == g["status"] else (225, 225, 225)
            c.pdf.set_fill_color(r, gg, b)
            c.pdf.ellipse(lx + 8, 34 + i * 19, 14, 14, style="FD")
            c.text(lx + 28, 45 + i * 19, name, 7, bold=name == g["status"])
        c.text(lx + 72, 42, "STATUS", 7, bold=True)
        c.pdf.set_fill_color(255, 255, 255)
        y = 52.0
        for ln in g["status_lines"]:
            fit(c, lx + 72, y, ln, 6.8, right - lx - 76)
            y += 9
        # the day's facts in a grid
        y = 104.0
        pairs = [
            ("CLIENT", g["client"]),
            ("AGENCY", g["agency"]),
            ("DIRECTOR", g["director"]),
            ("PRODUCER", g["producer"]),
            ("SHOOT DATE", day_text(day, g["date_style"])),
            ("CREW CALL", hm(call, t)),
            ("TALENT CALL", hm(add_minutes(call, g["talent"]), t)),
            ("BREAKFAST", f"from {hm(add_minutes(call, -45), t)} at base"),
            ("LUNCH", hm(add_minutes(call, g["lunch"]), t)),
            ("EST. WRAP", hm(add_minutes(call, g["wrap"]), t)),
            ("SUNRISE", hm(rise, t)),
            ("SUNSET", hm(fall, t)),
        ]
        cw = w / 4
        for i, (k, v) in enumerate(pairs):
            xx = x0 + (i % 4) * cw
            yy = y + (i // 4) * 26
            c.box(xx, yy, cw, 26, 0.4 if k != "CREW CALL" else 1.6)
            c.text(xx + 4, yy + 9, k, 6.5, bold=True)
            fit(
                c,
                xx + 4,
                yy + 21,
                v,
                9.5 if k != "CREW CALL" else 11,
                cw - 8,
                bold=k == "CREW CALL",
            )
        y += 3 * 26 + 10
        blocks = [
            ("LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("UNIT BASE", [g["base_name"], p.base_street, p.base_city]),
            ("CREW PARKING", g["parking"]),
            ("NEAREST A&E", hospital_lines(p)),
        ]
        ruled_cells(c, x0, y, cw, blocks, 66, 0.6, label_size=7, size=7.4, lead=10)
        y += 82
        written = partial(hm, style=t)
        y = _table(
            c,
            x0,
            y,
            ["TIME", "SCHEDULE", "SHOT / SET-UP"],
            [0, 60, 300],
            timed_rows(g["schedule"], call, written),
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["ROLE", "NAME", "MOBILE", "CALL"],
            [0, 130, 280, 420],
            crew_times(g["crew"], call, written),
            right,
        )
        titled_notes(c, x0, y + 4, "SAFETY & NOTES", 8.5, g["notes"], 7.5, right - x0, 10)
        _footer(c, g["footer"], x0)
        return c.output()

    return _sheet(
        f"uk_{key}",
        "uk_commercial_traffic",
        "UK commercial call sheet, A4: three header boxes (company; 'CALL SHEET', the title "
        "and job no.; a traffic-light column RED / AMBER / GREEN with one lit and STATUS "
        "lines); a 4 x 3 grid of client, agency, director, producer, shoot date, CREW CALL "
        "(heavier box), talent call, breakfast, lunch, wrap, sun; LOCATION, UNIT BASE, CREW "
        "PARKING and NEAREST A&E as four boxes; a timed schedule, crew with calls; notes",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _uk_ad_sheets() -> list[Sheet]:
    return [
        _uk_ad(
            "pier",
            "Adnams 'Pier Pressure'",
            D(2026, 11, 18),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "uk",
                "date_style": "uk_dots",
                "company": "SOLE BAY FILMS",
                "office": "Unit 3, Blyth Road Industrial Estate, Southwold",
                "phone": "Office 01502 722 610",
                "job": "SBF-2611",
                "spot": '1 x 30", 1 x 10"',
                "status": "GREEN",
                "status_lines": ["CONFIRMED", "Weather OK for", "exteriors"],
                "client": "Adnams plc",
                "agency": "Rowan & Fisk",
                "director": "Nell Ashdown",
                "producer": "Jack Meers",
                "talent": 60,
                "lunch": 330,
                "wrap": 600,
                "set": "the pier deck and the Under the Pier Show",
                "base_name": "The Common (grass), unit vehicles only",
                "parking": ["Ferry Road beach car park", "(pay & display, receipts to", "Jack)"],
                "schedule": [
                    (0, "Crew call, safety briefing on the deck", ""),
                    (60, "First set-up", "Wide, pier deck, the pint"),
                    (180, "Under the Pier Show interior", "The water clock"),
                    (330, "Lunch at base", ""),
                    (390, "Pier end, golden hour prep", "Hero pour, 2 cameras"),
                ],
                "crew": [
                    ("Producer", "Jack Meers", "07700 900412", 0),
                    ("DoP", "Ruth Aldous", "07700 900518", 0),
                    ("Gaffer", "Mick Thurlow", "07700 900631", -30),
                ],
                "notes": [
                    "Public access to the pier continues: keep walkways clear. Alcohol is a "
                    "prop only - the pints are non-alcoholic and no one under 25 in shot.",
                ],
                "footer": "Sole Bay Films  ·  Adnams 'Pier Pressure'  ·  Call sheet v2",
            },
        ),
        _uk_ad(
            "priory",
            "Tyne & Wear Metro 'Next Stop'",
            D(2026, 11, 26),
            "08:00",
            {
                "font": "sans",
                "time_style": "uk_colon",
                "date_style": "uk_long",
                "company": "FRONT STREET FILMS",
                "office": "72 Front Street, Tynemouth NE30 4DZ",
                "phone": "0191 257 0034",
                "job": "FSF/0921",
                "spot": '60" + cutdowns',
                # HARD: amber, with the standby date printed in the status box
                "status": "AMBER",
                "status_lines": [
                    "WEATHER STANDBY",
                    "Go / no-go 18:00 day before",
                    "Standby: Fri 27th Nov",
                ],
                "client": "Nexus",
                "agency": "Bridges Creative",
                "director": "Callum Rea",
                "producer": "Shona Pattinson",
                "talent": 45,
                "lunch": 300,
                "wrap": 570,
                "set": "the castle gatehouse and the priory ruins",
                "base_name": "The market hall: trucks and catering",
                "parking": ["Longsands South car park,", "Grand Parade NE30 4JH"],
                "schedule": [
                    (0, "Crew call at the gatehouse", ""),
                    (75, "First shot", "Gatehouse, the runner"),
                    (180, "Priory ruins", "Drone, 2 set-ups"),
                    (300, "Lunch at base", ""),
                    (360, "Pier Road, the tram-bus", "Tracking"),
                ],
                "crew": [
                    ("Producer", "Shona Pattinson", "07700 900284", 0),
                    ("1st AD", "Dev Kaur", "07700 900377", -15),
                    ("Drone op", "Jamie Scaife", "07700 900455", -30),
                ],
                "notes": [
                    "English Heritage site: no rigging on the ruins, soft feet on all stands. "
                    "Drone flights only in the window agreed with Newcastle Airport ATC.",
                ],
                "footer": "Front Street Films  ·  Nexus 'Next Stop'  ·  Call sheet",
            },
        ),
        _uk_ad(
            "saltsmill",
            "Hockney Supply Co. Winter",
            D(2026, 12, 2),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "uk",
                "date_style": "uk_dots",
                "company": "AIREDALE & CO.",
                "office": "Studio 9, Dockfield Road, Shipley BD17 7AD",
                "phone": "01274 590 117",
                "job": "A&C-4410",
                "spot": 'Stills + 20" social',
                "status": "GREEN",
                "status_lines": ["CONFIRMED", "Interior shoot:", "no weather call"],
                "client": "Hockney Supply Co.",
                "agency": "in-house",
                "director": "Farah Iqbal",
                "producer": "Tom Greenwood",
                "talent": 90,
                "lunch": 300,
                "wrap": 570,
                "set": "the 1853 Gallery (third floor)",
                "base_name": "Salts Mill loading bay",
                "parking": ["Caroline Street car park,", "Saltaire BD18 3LB"],
                "schedule": [
                    (0, "Crew call, load in via the lift", ""),
                    (90, "First set-up", "Gallery, the long table"),
                    (300, "Lunch (Salts Diner)", ""),
                    (360, "Stills, the roof light", "Two looks"),
                ],
                "crew": [
                    ("Producer", "Tom Greenwood", "07700 900167", 0),
                    ("Photographer", "Iris Blenkinsop", "07700 900272", 0),
                    ("Stylist", "Gemma Holt", "07700 900399", -30),
                ],
                "notes": [
                    "The gallery opens to the public at 10:00; our end is screened off. "
                    "Lift to the third floor: one trolley at a time, booked from 07:15.",
                ],
                "footer": "Airedale & Co.  ·  Hockney Supply Co. Winter  ·  Call sheet",
            },
        ),
    ]


# --- (3) Irish sheets: a shaded left-hand sidebar of times, Eircode addresses ----------------


def _ie(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, _, right = page("A4", g["font"], margin=0.0)
        side = 168.0
        fill(c, 0, 0, side, c.pdf.h, 232)
        c.text(16, 44, "CALL SHEET", 15, bold=True)
        c.text(16, 58, f"Day {g['day_n']}", 9)
        y = 84.0
        rows = [(lab, hm(add_minutes(call, off), t)) for lab, off in g["times"]]
        rows.insert(g.get("call_row", 0), ("UNIT CALL", hm(call, t)))
        rows += [("Sunrise", hm(rise, t)), ("Sunset", hm(fall, t))]
        c.text(16, y, "DATE", 7, bold=True)
        fit(c, 16, y + 12, day_text(day, "ie_long"), 9.5, side - 26, bold=True)
        y += 32
        for lab, val in rows:
            big = lab == "UNIT CALL"
            c.text(16, y, lab.upper() if not big else lab, 7, bold=True)
            c.text(16, y + (20 if big else 12), val, 20 if big else 10, bold=big)
            y += 34 if big else 24
        c.text(16, y, "WEATHER", 7, bold=True)
        paragraph(c, 16, y + 11, g["weather"], 8, side - 26, 10)
        c.text(16, c.pdf.h - 60, "Emergency: 112 / 999", 8, bold=True)
        c.text(16, c.pdf.h - 48, f"Unit medic: {g['medic']}", 7.5)
        # the main column
        mx = side + 20
        right = c.width - 28
        c.text(mx, 44, g["company"], 9, bold=True)
        grey_text(c, mx, 55, g["office"], 7)
        c.text(mx, 84, title, 20, bold=True)
        c.text(mx, 98, g["credits"], 8)
        c.hline(mx, right, 106, 1.0)
        y = 122.0
        for head, lines in [
            ("LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("UNIT BASE & PARKING", [p.base_street, p.base_city, g["base_note"]]),
            ("NEAREST HOSPITAL (ED)", [*hospital_lines(p)[:3], f"Tel. {p.hospital_phone}"]),
        ]:
            c.text(mx, y, head, 7.5, bold=True)
            y = paragraphs(c, mx + 110, y, lines, 8.5, right - mx - 110, 11) + 6
            c.hline(mx, right, y - 8, 0.3)
        written = partial(hm, style=t)
        y += 4
        y = _table(
            c,
            mx,
            y,
            ["SC", "SET", "D/N", "PGS", "CAST"],
            [0, 26, 220, 250, 290],
            g["scenes"],
            right,
        )
        y = _table(
            c,
            mx,
            y + 2,
            ["CAST", "ROLE", "PICK-UP", "HMU", "SET"],
            [0, 100, 190, 250, 310],
            cast_times(g["cast"], call, written, [-75, -60, 0]),
            right,
        )
        y = _table(
            c,
            mx,
            y + 2,
            ["DEPT", "NAME", "MOBILE", "CALL"],
            [0, 80, 180, 300],
            crew_times(g["crew"], call, written),
            right,
        )
        titled_notes(c, mx, y + 4, "NOTES", 8.5, g["notes"], 7.5, right - mx, 10)
        _footer(c, g["footer"], mx)
        return c.output()

    return _sheet(
        f"ie_{key}",
        "ie_eircode_sidebar",
        "Irish call sheet, A4: a shaded left-hand sidebar the page's height with 'CALL SHEET', "
        "the day, DATE ('Thursday 19 November 2026'), the UNIT CALL at 20 pt among breakfast, "
        "lunch and wrap, sunrise, sunset, weather, 112 / 999 and the unit medic; the main "
        "column: company, the title, credits, then LOCATION / UNIT BASE & PARKING / NEAREST "
        "HOSPITAL (ED) as label and lines with Eircodes on the town line; scenes, cast, crew",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ie_sheets() -> list[Sheet]:
    return [
        _ie(
            "westporthouse",
            "The Pirate Queen's Daughter",
            D(2026, 11, 19),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "uk_colon",
                "day_n": "9 of 25",
                "times": [("Breakfast", -45), ("Lunch", 330), ("Est. wrap", 630)],
                "weather": "Showers, 10°C, gusts 50 km/h off Clew Bay",
                "medic": "Aoife Walsh 087 412 7730",
                "company": "Clew Bay Pictures DAC",
                "office": "The Octagon, Westport, Co. Mayo F28 K2W7  ·  098 250 14",
                "credits": "Director: Siobhán Gallagher  ·  Producer: Eamon Jordan",
                "set": "the front hall, the dungeons and the lake terrace",
                "base_note": "Trucks by 07:00; crew cars in the top level",
                "scenes": [
                    ("17", "INT. WESTPORT HOUSE - FRONT HALL", "D", "2", "1, 2"),
                    ("18", "INT. DUNGEONS", "D", "1 3/8", "1, 3"),
                    ("22", "EXT. LAKE TERRACE", "D", "6/8", "2"),
                ],
                "cast": [
                    ("Clodagh Moran", "GRÁINNE", 0),
                    ("Fionn Keane", "TIBBOT", 30),
                    ("Ruth Nolan", "MARGARET", 90),
                ],
                "crew": [
                    ("Prod.", "Eamon Jordan", "086 144 2071", 0),
                    ("Camera", "Dara Moloney", "087 330 6124", 0),
                    ("Locations", "Ciara Heneghan", "085 772 9310", -60),
                ],
                "notes": [
                    "The house is closed to visitors for our day; the adventure park stays "
                    "open, so no vehicles past the lake gate after 10:00.",
                ],
                "footer": "Clew Bay Pictures  ·  Call sheet 9  ·  Confidential",
            },
        ),
        _ie(
            "clockgate",
            "Strand Street",
            D(2026, 11, 25),
            "07:30",
            {
                "font": "sans",
                "time_style": "uk_dot",
                "day_n": "4 of 18",
                "times": [("Breakfast", -30), ("Lunch", 300), ("Est. wrap", 600)],
                "weather": "Dry, bright spells, 8°C",
                "medic": "Ger O'Keeffe 086 220 4419",
                "company": "Blackwater Screen Ltd",
                "office": "11 North Main Street, Youghal, Co. Cork P36 HX52",
                "credits": "Director: Mairéad Cronin  ·  Producer: Liam Daly  ·  1st AD: Joe Walsh",
                "set": "the tower stairs and the gaol room",
                "base_note": "Catering marquee on the Front Strand",
                "scenes": [
                    ("5", "INT. CLOCK GATE - GAOL ROOM", "D", "1 7/8", "1, 2"),
                    ("6", "EXT. MAIN STREET - THROUGH THE ARCH", "D", "4/8", "1, 2, 3, SA"),
                ],
                "cast": [("Niamh Barry", "KATE", 0), ("Tadhg Horgan", "DENIS", 45)],
                "crew": [
                    ("Prod.", "Liam Daly", "087 612 0043", 0),
                    ("Camera", "Ellen Fitzgerald", "083 114 2278", 0),
                    ("Sound", "Brendan Coughlan", "086 901 3325", 0),
                ],
                "notes": [
                    "Main Street closed under the arch 9.00am to 12.00 noon by arrangement "
                    "with Cork County Council; Garda on the corners.",
                ],
                "footer": "Blackwater Screen  ·  Strand Street  ·  Call sheet 4",
            },
        ),
        _ie(
            "solstice",
            "Boyne Water",
            D(2026, 12, 3),
            "08:30",
            {
                "font": "helvetica",
                "time_style": "uk_colon",
                "day_n": "12 of 20",
                # HARD: the minibus from Dublin and breakfast come first in the sidebar
                "times": [
                    ("Minibus from Red Cow", -105),
                    ("Breakfast", -30),
                    ("Lunch", 330),
                    ("Est. wrap", 600),
                ],
                "call_row": 2,
                "weather": "Cloudy, 7°C, rain after 15:00",
                "medic": "Paddy Reilly 087 500 3186",
                "company": "Tara Hill Productions",
                "office": "Unit 2, Trim Road Business Park, Navan, Co. Meath C15 R6P4",
                "credits": "Director: Orla Brady-Finn  ·  Producer: Seán McCabe",
                "set": "the theatre, the foyer and the café",
                "base_note": "Level 2, bays 40-60 reserved",
                "scenes": [
                    ("40", "INT. THEATRE - THE AUDITION", "D", "3", "1, 2, 4"),
                    ("41", "INT. FOYER - AFTERWARDS", "D", "1 1/8", "1, 4"),
                ],
                "cast": [
                    ("Aisling Farrelly", "ROSE", 0),
                    ("Conor Tully", "MAGUIRE", 30),
                    ("Eileen Dunne", "MRS. KEARNEY", 60),
                ],
                "crew": [
                    ("Prod.", "Seán McCabe", "086 300 1177", 0),
                    ("Camera", "Kevin Duffy", "087 224 9014", 0),
                    ("Art", "Nuala Price", "085 618 2230", -45),
                ],
                "notes": [
                    "The centre's café stays open: crew lunch is at base, not in the café. "
                    "Minibus leaves the Red Cow Luas car park at 06:45 sharp.",
                ],
                "footer": "Tara Hill Productions  ·  Boyne Water  ·  Call sheet 12",
            },
        ),
    ]


# --- (4) Australian TVC sheets, landscape: first light / sunrise / sunset / last light --------


def _au(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)
    first, last = light(p, day)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=26.0, orientation="L")
        fill(c, 0, 0, c.width, 70, 30)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0, 30, g["company"], 13, bold=True)
        c.text(x0, 44, g["office"], 7.5)
        c.text(x0, 58, f"ABN {g['abn']}", 7)
        fit(c, x0 + 250, 38, title, 14, 250, bold=True)
        c.right(right - 170, 30, "TVC CALL SHEET", 16, bold=True)
        c.right(right - 170, 48, day_text(day, g["date_style"]), 11, bold=True)
        c.right(right - 170, 60, f"Shoot day {g['day_n']}", 8)
        c.pdf.set_text_color(0, 0, 0)
        fill(c, right - 150, 8, 150, 54, 255)
        c.text(right - 140, 24, "CREW CALL", 9, bold=True)
        c.text(right - 140, 52, hm(call, t), 24, bold=True)
        # the light row
        y = 84.0
        cells = [
            ("First light", first),
            ("Sunrise", rise),
            ("Sunset", fall),
            ("Last light", last),
            ("Forecast", g["weather"]),
        ]
        w = (right - x0) / len(cells)
        for i, (lab, val) in enumerate(cells):
            c.box(x0 + i * w, y, w, 30, 0.5)
            c.text(x0 + i * w + 5, y + 10, lab, 7, bold=True)
            fit(c, x0 + i * w + 5, y + 24, hm(val, t) if ":" in val else val, 10, w - 10)
        y = 128.0
        col = (right - x0) / 2 - 8
        left = [
            ("Client", g["client"]),
            ("Agency", g["agency"]),
            ("Product", g["product"]),
            ("Director", g["director"]),
            ("Producer", g["producer"]),
            ("PM", g["pm"]),
        ]
        left += [(lab, hm(add_minutes(call, off), t)) for lab, off in g["times"]]
        label_rows(c, x0, y, x0 + col, left, 8, 80, 12.5, rule_drop=3)
        rx = x0 + col + 16
        blocks = [
            ("LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("UNIT BASE / PARKING", [p.base_street, p.base_city]),
            ("NEAREST HOSPITAL (ED)", [*hospital_lines(p)[:3], f"{p.hospital_phone}  ·  000"]),
        ]
        ruled_cells(
            c, rx, y - 10, (right - rx) / 3, blocks, 78, 0.5, label_size=7, size=7.3, lead=10
        )
        written = partial(hm, style=t)
        ty = y + 80
        _table(
            c,
            rx,
            ty,
            ["TALENT", "ROLE", "H&MU", "ON SET"],
            [0, 110, 200, 270],
            cast_times(g["cast"], call, written, [-45, 30]),
            right,
        )
        ly = y + 12.5 * len(left) + 10
        _table(
            c,
            x0,
            ly,
            ["ROLE", "NAME", "MOBILE", "CALL"],
            [0, 90, 200, 300],
            crew_times(g["crew"], call, written),
            x0 + col,
        )
        titled_notes(c, rx, ty + 70, "NOTES", 8.5, g["notes"], 7.5, right - rx, 10)
        _footer(c, g["footer"], x0)
        return c.output()

    return _sheet(
        f"au_{key}",
        "au_tvc_landscape",
        "Australian TVC call sheet, A4 landscape: a black band with the company, address, "
        "ABN and the title, 'TVC CALL SHEET', the date and shoot day, and a white box with "
        "CREW CALL at 24 pt; a row of five cells (first light, sunrise, sunset, last light, "
        "forecast); client / agency / product / director / producer / PM and the day's times "
        "as ruled rows left with the crew under them; LOCATION, UNIT BASE / PARKING, NEAREST "
        "HOSPITAL (ED) with 000 right, talent under them; notes",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _au_sheets() -> list[Sheet]:
    return [
        _au(
            "victory",
            "Riverina Water 'Every Drop'",
            D(2026, 11, 23),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "au",
                "date_style": "au_slash",
                "company": "Murrumbidgee Pictures Pty Ltd",
                "office": "41 Fitzmaurice Street, Wagga Wagga NSW 2650",
                "abn": "52 614 330 918",
                "day_n": "1 of 2",
                "weather": "Sunny, 31°C, NW 15 km/h",
                "client": "Riverina Water",
                "agency": "Paddock & Co.",
                "product": "Community campaign",
                "director": "Lachlan Doyle",
                "producer": "Bree Hanrahan",
                "pm": "Tash Nguyen 0412 770 318",
                "times": [("Breakfast", -30), ("First shot", 60), ("Lunch", 330), ("Wrap", 600)],
                "set": "the rose garden, the lake and the bridge",
                "cast": [("Marlee Jackson", "MUM", 0), ("Ollie Brennan", "KID", 30)],
                "crew": [
                    ("Producer", "Bree Hanrahan", "0418 220 614", 0),
                    ("DOP", "Sam Cheung", "0422 913 007", 0),
                    ("Gaffer", "Rhys Walker", "0433 501 289", -30),
                ],
                "notes": [
                    "Council permit on the base truck. Heat plan: shade tents and water at "
                    "base, sunscreen on the catering table, breaks every hour over 30°C.",
                ],
                "footer": "Murrumbidgee Pictures  ·  Riverina Water  ·  Call sheet v3",
            },
        ),
        _au(
            "griffiths",
            "Port Fairy Folk Festival 2027",
            D(2026, 12, 1),
            "05:45",
            {
                "font": "sans",
                "time_style": "au_24",
                "date_style": "au_slash",
                "company": "Moyne Motion Pty Ltd",
                "office": "22 Bank Street, Port Fairy VIC 3284",
                "abn": "18 203 774 651",
                "day_n": "1 of 1",
                "weather": "Fine, 19°C, S 20 km/h",
                "client": "Port Fairy Folk Festival",
                "agency": "direct",
                "product": 'Festival promo 30"',
                "director": "Kirra Lane",
                "producer": "Tom McInerney",
                "pm": "Jo Bassett 0407 336 811",
                "times": [("First shot", 30), ("Breakfast", 150), ("Lunch", 360), ("Wrap", 540)],
                "set": "the lighthouse path and the island's eastern shore",
                "cast": [
                    ("The Moyne Singers", "CHOIR", 0),
                    ("Archie Reid", "FIDDLER", 0),
                ],
                "crew": [
                    ("Producer", "Tom McInerney", "0419 640 223", 0),
                    ("DOP", "Nadia Ferris", "0425 118 930", 0),
                    ("Sound", "Wes Hollis", "0438 771 052", -15),
                ],
                "notes": [
                    "Shearwater colony: stay on the path, no lights pointing at the burrows, "
                    "no drone on the island. Causeway can be wet: boots, not sneakers.",
                ],
                "footer": "Moyne Motion  ·  PFFF 2027 promo  ·  Call sheet",
            },
        ),
        _au(
            "granite",
            "SA Tourism 'Fleurieu Mornings'",
            D(2026, 12, 8),
            "05:00",
            {
                "font": "helvetica",
                "time_style": "au",
                "date_style": "au_slash",
                "company": "Encounter Bay Films Pty Ltd",
                "office": "8 Ocean Street, Victor Harbor SA 5211",
                "abn": "77 401 902 336",
                "day_n": "2 of 3",
                "weather": "Clear, 22°C, light offshore",
                # HARD: talent in hair and make-up before the crew call, first shot at sunrise
                "client": "South Australian Tourism Commission",
                "agency": "Sandstone Agency",
                "product": 'Regional brand 30"/15"',
                "director": "Ella Marchetti",
                "producer": "Dane Kowalski",
                "pm": "Priya Das 0421 555 094",
                "times": [
                    ("Talent H&MU", -45),
                    ("First shot", 55),
                    ("Breakfast", 150),
                    ("Lunch", 390),
                    ("Wrap", 600),
                ],
                "set": "the causeway and the horse tram stop",
                "cast": [("Grace Tran", "SWIMMER", 0), ("Hamish Bell", "TRAM DRIVER", 90)],
                "crew": [
                    ("Producer", "Dane Kowalski", "0412 808 133", 0),
                    ("DOP", "Luca Pirrone", "0427 360 219", 0),
                    ("Water safety", "Kym Hodge", "0431 777 462", -30),
                ],
                "notes": [
                    "Sunrise shot: be on the causeway and ready at 5:55am, no second chance. "
                    "Horse tram runs from 10:00; its stop is ours until then.",
                ],
                "footer": "Encounter Bay Films  ·  SATC Fleurieu  ·  Call sheet day 2",
            },
        ),
    ]


# --- (5) New Zealand sheets: Māori / English headings, the crew call on a strip --------------


def _nz(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=30.0)
        c.text(x0, 40, g["company"], 10, bold=True)
        grey_text(c, x0, 51, g["office"], 7)
        c.right(right, 40, "PEPA KARANGA / CALL SHEET", 10, bold=True)
        c.right(right, 51, f"Rā {g['day_n']} / Day {g['day_n']}", 8)
        c.text(x0, 80, title, 22, bold=True)
        c.text(x0, 94, g["credits"], 8)
        c.text(x0, 112, day_text(day, "nz_mi"), 10, bold=True)
        c.text(x0, 124, day_text(day, "nz_en"), 10)
        c.right(right, 112, g["place_mi"], 9, bold=True)
        c.right(right, 124, g["place_en"], 8)
        # the strip
        y = 138.0
        cells = [(lab, hm(add_minutes(call, off), t)) for lab, off in g["strip"]]
        cells += [("Whitinga rā / Sunrise", hm(rise, t)), ("Tō rā / Sunset", hm(fall, t))]
        w = (right - x0) / len(cells)
        fill(c, x0, y, right - x0, 14, 40)
        c.pdf.set_text_color(255, 255, 255)
        for i, (lab, _) in enumerate(cells):
            fit(c, x0 + i * w + 3, y + 10, lab, 6.5, w - 6, bold=True)
        c.pdf.set_text_color(0, 0, 0)
        for i, (lab, val) in enumerate(cells):
            crew = lab.startswith("Crew call")
            c.box(x0 + i * w, y + 14, w, 26, 1.6 if crew else 0.4)
            c.text(x0 + i * w + 4, y + 33, val, 12 if crew else 10, bold=crew)
        y += 54
        half = (right - x0) / 3
        blocks = [
            ("WĀHI / LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("TŪRANGA WAKA / UNIT BASE", [p.base_street, p.base_city, g["base_note"]]),
            ("HŌHIPERA / HOSPITAL (ED)", [*hospital_lines(p), "Ohotata / Emergency 111"]),
        ]
        ruled_cells(c, x0, y, half, blocks, 72, 0.6, label_size=7, size=7.6, lead=10.5)
        y += 88
        written = partial(hm, style=t)
        y = _table(
            c,
            x0,
            y,
            ["SC", "SET", "I/E D/N", "PGS", "CAST"],
            [0, 30, 320, 380, 430],
            g["scenes"],
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["KAIWHAKAARI / CAST", "CHARACTER", "PICK UP", "HMU", "ON SET"],
            [0, 130, 250, 330, 420],
            cast_times(g["cast"], call, written, [-70, -50, 0]),
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["TARI / DEPT", "INGOA / NAME", "WAEA / PHONE", "CALL"],
            [0, 120, 270, 420],
            crew_times(g["crew"], call, written),
            right,
        )
        titled_notes(c, x0, y + 4, "PĀNUI / NOTES", 8.5, g["notes"], 7.5, right - x0, 10)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"nz_{key}",
        "nz_bilingual_strip",
        "New Zealand call sheet with Māori and English headings, A4: company, 'PEPA KARANGA / "
        "CALL SHEET', 'Rā n / Day n'; the title, credits, the date in Māori over the date in "
        "English, the place's Māori and English names right; a strip of cells under a black "
        "heading row (breakfast, Crew call boxed heavier, first shot, lunch, wrap, sunrise, "
        "sunset); WĀHI / LOCATION, TŪRANGA WAKA / UNIT BASE, HŌHIPERA / HOSPITAL (ED) with 111; "
        "scenes, cast, crew (TARI, INGOA, WAEA); PĀNUI / NOTES",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _nz_sheets() -> list[Sheet]:
    return [
        _nz(
            "huka",
            "Waikato Rising",
            D(2026, 11, 25),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "nz",
                "company": "Tūwharetoa Screen Ltd",
                "office": "2 Tongariro Street, Taupō 3330  ·  07 378 0412",
                "day_n": "7",
                "credits": "Director: Hēmi Te Awa  ·  Producer: Kate Mulholland",
                "place_mi": "Taupō-nui-a-Tia",
                "place_en": "Taupō, Waikato",
                "strip": [
                    ("Parakuihi / Breakfast", -30),
                    ("Crew call", 0),
                    ("First shot", 60),
                    ("Tina / Lunch", 330),
                    ("Wrap", 630),
                ],
                "set": "the footbridge and the lower lookout",
                "base_note": "Catering and trucks; 5 min drive to set",
                "scenes": [
                    ("22", "EXT. HUKA FALLS - FOOTBRIDGE", "E / D", "1 4/8", "1, 2"),
                    ("23", "EXT. LOWER LOOKOUT - THE RIVER", "E / D", "2", "1, 3"),
                ],
                "cast": [
                    ("Mere Takerei", "ARIANA", 0),
                    ("Josh Hāwira", "TAMA", 30),
                    ("Graham Pike", "RANGER", 120),
                ],
                "crew": [
                    ("Production", "Kate Mulholland", "021 448 302", 0),
                    ("Camera", "Wiremu Nathan", "027 661 0943", 0),
                    ("Safety", "Andy Pilkington", "022 310 7725", -30),
                ],
                "notes": [
                    "Public walkway stays open: marshals each end of the bridge. Karakia at "
                    "crew call. Harnesses for anyone beyond the barrier.",
                ],
                "footer": "Tūwharetoa Screen  ·  Waikato Rising  ·  Day 7",
            },
        ),
        _nz(
            "carolinebay",
            "The Summer Carnival",
            D(2026, 12, 2),
            "08:00",
            {
                "font": "sans",
                "time_style": "nz_24",
                "company": "Aoraki Pictures",
                "office": "144 Stafford Street, Timaru 7910",
                "day_n": "3",
                "credits": "Director: Fiona Rākete  ·  Producer: Lyall Mackay",
                "place_mi": "Te Tihi-o-Maru",
                "place_en": "Timaru, South Canterbury",
                "strip": [
                    ("Parakuihi / Breakfast", -45),
                    ("Crew call", 0),
                    ("First shot", 75),
                    ("Tina / Lunch", 360),
                    ("Wrap", 600),
                ],
                "set": "the soundshell and the promenade",
                "base_note": "Enter from Virtue Avenue only",
                "scenes": [
                    ("8", "EXT. CAROLINE BAY - SOUNDSHELL", "E / D", "2 2/8", "1, 2, SA"),
                    ("9", "EXT. PROMENADE - THE FERRIS WHEEL", "E / D", "7/8", "2"),
                ],
                "cast": [("Isla Rowe", "JUNE", 0), ("Matiu Pōtae", "DEV", 45)],
                "crew": [
                    ("Production", "Lyall Mackay", "021 904 117", 0),
                    ("Camera", "Hana Dempsey", "027 212 4486", 0),
                    ("Art", "Reuben Slater", "022 760 3318", -60),
                ],
                "notes": [
                    "Blue penguins nest under the rocks at the north end: no lights there "
                    "after dusk. SA in 1960s costume from 07:15 at base.",
                ],
                "footer": "Aoraki Pictures  ·  The Summer Carnival  ·  Day 3",
            },
        ),
        _nz(
            "waitangi",
            "Pēwhairangi",
            D(2026, 12, 9),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "nz",
                "company": "Kororāreka Films",
                "office": "69 Williams Road, Paihia 0200",
                "day_n": "15",
                "credits": "Director: Aroha Kingi  ·  Producer: Tim Gillies  ·  1st AD: Rua Heke",
                "place_mi": "Waitangi, Pēwhairangi",
                "place_en": "Bay of Islands, Northland",
                # HARD: the high tide and the waka crew's pre-call come before the crew call
                "strip": [
                    ("Tai pari / High tide", -72),
                    ("Waka crew pre-call", -60),
                    ("Crew call", 0),
                    ("First shot", 45),
                    ("Tina / Lunch", 330),
                    ("Wrap", 600),
                ],
                "set": "Hobson's Beach and the waka house",
                "base_note": "Shuttle to the Treaty Grounds every 15 min",
                "scenes": [
                    ("61", "EXT. HOBSON'S BEACH - THE WAKA LAUNCH", "E / D", "2", "1, 2, 5"),
                    ("62", "INT. WAKA HOUSE - NGĀTOKIMATAWHAORUA", "I / D", "1 2/8", "1, 5"),
                ],
                "cast": [
                    ("Rāwiri Paratene", "KOROUA", 0),
                    ("Ana Tipene", "MIHI", 30),
                    ("Sione Latu", "KAIHOE", 0),
                ],
                "crew": [
                    ("Production", "Tim Gillies", "021 337 901", 0),
                    ("Camera", "Marama Heta", "027 804 5521", 0),
                    ("Marine", "Pita Rewiti", "022 119 6604", -60),
                ],
                "notes": [
                    "Pōwhiri for cast and crew at 7.15am at the Treaty Grounds' gate: be "
                    "there on time. Tapu areas marked on the map: no crew, no kit.",
                ],
                "footer": "Kororāreka Films  ·  Pēwhairangi  ·  Day 15",
            },
        ),
    ]


# --- (6) UK calls typed on a phone, saved as a narrow PDF --------------------------------------


def _phone(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c = Canvas((300, 720), g["font"])  # type: ignore[arg-type]
        x0, width = 14.0, 272.0
        grey_text(c, x0, 18, g["stamp"], 6.5, 130)
        c.text(x0, 40, g["head"].format(title=title), 11, bold=True)
        y = 56.0
        lines = [
            g["hello"],
            "",
            day_text(day, "phone"),
            f"{g['call_word']} {hm(call, t)} {g['call_where']}",
            *[f"{lab} {hm(add_minutes(call, off), t)}" for lab, off in g["times"]],
            f"sunrise {hm(rise, 'uk_colon')} / sunset {hm(fall, 'uk_colon')}",
            "",
            "LOCATION",
            p.name,
            p.street,
            p.city,
            g["set"],
            "",
            "PARKING",
            f"{p.base_street}, {p.base_city}",
            "",
            "NEAREST A&E",
            p.hospital,
            f"{p.hospital_street}, {p.hospital_city}",
            p.hospital_phone,
            "",
            *g["rest"],
        ]
        for ln in lines:
            if not ln:
                y += 6
                continue
            bold = ln.isupper() and len(ln) < 30
            y = paragraph(c, x0, y, ln, 9, width, 12.5, bold=bold)
        return c.output()

    return _sheet(
        f"phone_{key}",
        "uk_phone_typed",
        "a UK call typed on a phone and saved as a PDF (a narrow 300 x 720 pt page): the app's "
        "grey stamp, a bold first line with the title, a greeting, the date ('Tue 1st Dec "
        "(01/12/26)'), 'call 8am at ...' and a few times in lower case ('lunch 1pm ish'), sun, "
        "LOCATION / PARKING / NEAREST A&E in capitals over their lines, who is called, a sign-off",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _phone_sheets() -> list[Sheet]:
    return [
        _phone(
            "abbey",
            "Vespers",
            D(2026, 11, 28),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "phone",
                "stamp": "Notes  ·  27 Nov 2026 at 21:42",
                "head": "{title} - call sheet day 2",
                "hello": "Hi all, tomorrow's details below. Thanks for today, great work x",
                "call_word": "Crew call",
                "call_where": "at the abbey (north porch)",
                "times": [("breakfast from", -30), ("lunch approx", 300), ("wrap by", 540)],
                "set": "the choir and the nave",
                "rest": [
                    "CALLED",
                    "Lottie (Anna) 8.30 / Dom (Fr Peter) 10.00",
                    "Choir of 12 from 11am",
                    "",
                    "Abbey open to visitors from 12 - quiet please. Bring layers, it's freezing "
                    "in there. Any probs call me 07700 900 823.",
                    "Jess (producer)",
                ],
            },
        ),
        _phone(
            "totnescastle",
            "Motte",
            D(2026, 12, 5),
            "07:30",
            {
                "font": "sans",
                "time_style": "uk_dot",
                "stamp": "Sent from my iPhone",
                "head": "CALL SHEET - {title} (short)",
                "hello": "Morning everyone! Here's Saturday.",
                "call_word": "Unit call",
                "call_where": "on the castle keep",
                # HARD: the van from Exeter comes before the call in the list
                "times": [("van leaves Exeter St Davids", -75), ("lunch", 300), ("wrap", 510)],
                "set": "the keep and the curtain wall",
                "rest": [
                    "CAST",
                    "Harriet 7.30, Kofi 9.00",
                    "",
                    "English Heritage say no pegs or tape on the stonework. Drone 8-9am only.",
                    "Rachel 07700 900 246",
                ],
            },
        ),
        _phone(
            "trinity",
            "Second Best Bed",
            D(2026, 12, 10),
            "09:00",
            {
                "font": "helvetica",
                "time_style": "uk_colon",
                "stamp": "Notes  ·  9 Dec 2026 at 19:05",
                "head": "{title} / Thursday",
                "hello": "Hello team, call for Thursday:",
                "call_word": "CALL",
                "call_where": "at the church porch",
                "times": [("kit in from", -60), ("lunch", 240), ("out by", 480)],
                "set": "the chancel and Shakespeare's grave",
                "rest": [
                    "CAST",
                    "Geraint (Will) 9:30, Bea (Anne) 10:00",
                    "",
                    "Church open to visitors, we have the chancel until 1pm. Tickets at the "
                    "door for anyone not on this list. Call Ollie 07700 900 512.",
                ],
            },
        ),
    ]


# --- near misses -------------------------------------------------------------------------------


def _marshal_briefing() -> bytes:
    """A marathon's marshal and steward briefing: report times, points, radio, emergencies."""
    c, x0, right = page("A4", "helvetica", margin=40.0)
    c.text(x0, 50, "ROSS-SHIRE COAST MARATHON 2026", 15, bold=True)
    c.text(x0, 66, "MARSHAL & STEWARD BRIEFING  ·  Sunday 29 November 2026", 10, bold=True)
    c.right(right, 50, "Issue 3", 8)
    c.hline(x0, right, 74, 1.0)
    y = paragraph(
        c,
        x0,
        94,
        "Thank you for volunteering. Please read this briefing and bring it with you. Sign in at "
        "Race HQ, Tain Royal Academy, Scotsburn Road, Tain IV19 1PS, collect your hi-vis tabard "
        "and radio, then go straight to your marshal point. Report times below are when you must "
        "be IN POSITION, not when you leave HQ.",
        9,
        right - x0,
        12,
    )
    _table(
        c,
        x0,
        y + 10,
        ["POINT", "WHERE", "REPORT TIME", "CREW / TEAM", "LEAD"],
        [0, 46, 250, 330, 410],
        [
            ("1-4", "Start pens, Scotsburn Road", "07:15", "Start team", "Morag Ross"),
            ("5-9", "B9174 junction to Hill of Fearn", "07:45", "Road crew A", "Iain Munro"),
            ("10-14", "Water station, Portmahomack", "08:30", "Water crew", "Elspeth Gray"),
            ("15-18", "Tarbat Ness lighthouse turn", "08:45", "Road crew B", "Callum Fraser"),
            ("19-22", "Finish funnel, Tain", "09:30", "Finish team", "Kirsty Bain"),
        ],
        right,
        size=8.5,
        lead=15,
        ruled=True,
    )
    y += 120
    titled_notes(
        c,
        x0,
        y,
        "ON THE DAY",
        9.5,
        [
            "Race start 09:00. Roads reopen behind the sweeper vehicle; do not leave your point "
            "until it has passed. Radio channel 2 for the course, channel 4 for medical.",
            "A runner who needs help: radio Race Control with your point number. In an "
            "emergency call 999 first, then Race Control on 07700 900 731.",
            "Debrief and soup for all marshals and stewards at Race HQ from 14:00.",
        ],
        8.5,
        right - x0,
        11.5,
    )
    return c.output()


def _warm_up_running_order() -> bytes:
    """A TV studio audience warm-up's running order: doors, warm-up, record, breaks."""
    c, x0, right = page("A4", "sans", margin=40.0)
    c.text(x0, 50, "AUDIENCE WARM-UP RUNNING ORDER", 14, bold=True)
    c.text(x0, 66, '"Quiz Me Quick" series 4  ·  Studio 2  ·  Records 1-2', 9)
    c.right(right, 50, "Wed 18 Nov 2026", 9, bold=True)
    c.hline(x0, right, 74, 1.0)
    label_rows(
        c,
        x0,
        92,
        right,
        [
            ("Venue", "Dock10, The Quays, Salford M50 2EQ, Studio HQ2"),
            ("Warm-up", "Danny Wheeler (07700 900 188)"),
            ("Floor manager", "Sophie Lund"),
            ("Audience", "280 ticket holders, queue at the Blue Tower entrance"),
        ],
        8.5,
        90,
        13,
        suffix=":",
    )
    _table(
        c,
        x0,
        152,
        ["TIME", "ITEM", "WHO", "NOTES"],
        [0, 50, 250, 340],
        [
            ("17:30", "Audience call: doors open, security checks", "FOH", "Phones off"),
            ("18:15", "Seated; H&S announcement", "FM", "Fire exits x4"),
            ("18:20", "Warm-up: applause practice, the big laugh", "Danny", "8 mins"),
            ("18:30", "Host intro, RECORD 1", "Gallery", "Approx 45 mins"),
            ("19:15", "Break: warm-up keeps the room", "Danny", "Water for front rows"),
            ("19:35", "RECORD 2", "Gallery", "Approx 45 mins"),
            ("20:30", "Thank-yous, audience out", "FM / FOH", "Via Blue Tower"),
        ],
        right,
        size=8.5,
        lead=15,
        ruled=True,
    )
    titled_notes(
        c,
        x0,
        290,
        "FOR THE WARM-UP",
        9.5,
        [
            "Keep it clean (pre-watershed). No mention of the prize amounts before RECORD 2. "
            "If a retake is called, rebuild the room from the round's start, not the host's "
            "entrance. Crew call for the record is on the separate studio schedule.",
        ],
        8.5,
        right - x0,
        11.5,
    )
    return c.output()


def _school_trip_consent() -> bytes:
    """A school trip consent letter: the date, meet time, coach, address, a reply slip."""
    c, x0, right = page("A4", "times", margin=56.0)
    c.text(x0, 60, "Ysgol Penrhos / Penrhos Primary School", 12, bold=True)
    grey_text(c, x0, 73, "Ffordd y Llan, Pwllheli LL53 5EH  ·  01758 612 304", 8)
    c.right(right, 60, "12 November 2026", 9)
    y = paragraphs(
        c,
        x0,
        110,
        [
            "Dear Parent / Carer,",
            "Year 5 trip: Portmeirion Village and the Estuary Walk",
            "On Thursday 3 December 2026 Year 5 will visit Portmeirion, Minffordd, "
            "Penrhyndeudraeth LL48 6ER, as part of our topic on Welsh architecture. Children "
            "should arrive at school for 8.15am; the coach (Caelloi Motors) leaves at 8.30am "
            "prompt and returns for 3.15pm. Please provide a packed lunch, a waterproof coat "
            "and sensible shoes. The staff and adult helpers on the trip are Mrs Hughes, "
            "Mr Parry and two parent volunteers.",
            "The cost is £8.50, payable on ParentPay by Friday 27 November. No child will be "
            "left out for inability to pay: please speak to the school office.",
            "Yours faithfully,",
            "Mrs Catrin Hughes, Year 5 teacher",
        ],
        10,
        right - x0,
        14,
    )
    c.hline(x0, right, y + 10, 0.5)
    c.text(x0, y + 30, "REPLY SLIP: please return by Friday 27 November", 10, bold=True)
    paragraph(
        c,
        x0,
        y + 50,
        "I give permission for my child ____________________ (class ______) to go on the "
        "Year 5 trip to Portmeirion on 3 December 2026. Medical needs / allergies: "
        "____________________________. Emergency contact number on the day: ______________.",
        10,
        right - x0,
        15,
    )
    signature_lines(c, x0, right, y + 130, ("Signed (parent / carer)", "Date"))
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_marshal_briefing",
            "near_miss",
            "a marathon's marshal and steward briefing, A4: race, 'MARSHAL & STEWARD BRIEFING' "
            "and the date, sign-in at Race HQ (a school's street address), a ruled table of "
            "marshal points with report times, crews and leads, race start, radio channels, "
            "999 and Race Control's number, the debrief",
            _marshal_briefing,
            OTHER,
        ),
        _sheet(
            "near_miss_warm_up_running_order",
            "near_miss",
            "a TV studio audience warm-up running order, A4: the show, studio and date, venue "
            "(a studio's address), warm-up, floor manager, audience; a ruled table of times "
            "from the 17:30 audience call through two records; notes for the warm-up that "
            "mention the crew call is elsewhere",
            _warm_up_running_order,
            OTHER,
        ),
        _sheet(
            "near_miss_school_trip_consent",
            "near_miss",
            "a primary school's trip consent letter, A4: the school's letterhead, a letter "
            "with the trip date, the venue's address, 'arrive at school for 8.15am', the coach "
            "times, staff and cost, and a reply slip with signature lines",
            _school_trip_consent,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_uk_drama_sheets(),
        *_uk_ad_sheets(),
        *_ie_sheets(),
        *_au_sheets(),
        *_nz_sheets(),
        *_phone_sheets(),
        *_other_sheets(),
    ]
