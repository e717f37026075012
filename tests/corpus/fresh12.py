"""Thirteenth held-out set: conventions no earlier set covers (`fresh12_`).

Built without reading the reader (`pipeline/extract/`) and without running it on these sheets:
each family follows a real-world convention (CONVENTIONS.md, "fresh12"). A Georgian "გადაღების
დღის გეგმა" in Georgian script, a spreadsheet printed across two pages (the header and times on
page 1, the places on page 2), sheets whose crew call shares one line with the hair / make-up
call ("Call: 0700 (crew) / 0600 (HMU)"), a concert film's production schedule at a festival
where the film crew's call is one line among gates, changeovers and stage times, a sheet with
the day's facts in a narrow tear-off band at the right edge, a documentary shoot brief typed as
a two-column word-processor memo, and sheets dated only "DAY 14 - TUES 17/03" (no year, a
weekday). Three near misses (a crew hotel rooming list, a filming notice to residents, a
costume fitting schedule) must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey
from tests.corpus.formats import add_minutes
from tests.corpus.fresh_common import clock, expect, fill, sheet_maker, time_or, wrap
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # Georgia: four-digit postcode before the town, street name then "ქ." / "გამზ." and number
    "tbilisi": _p(
        "eu",
        "რუსთაველის თეატრი",
        "შოთა რუსთაველის გამზ. 17",
        "0108 თბილისი",
        41.6985,
        44.7980,
        "Asia/Tbilisi",
        "პირველი საუნივერსიტეტო კლინიკა",
        "გუდამაყრის ქ. 4",
        "0141 თბილისი",
        "+995 32 242 4242",
        "თავისუფლების მოედანი",
        "0105 თბილისი",
    ),
    "fabrika": _p(
        "eu",
        "ფაბრიკა",
        "ეგნატე ნინოშვილის ქ. 8",
        "0102 თბილისი",
        41.7093,
        44.8027,
        "Asia/Tbilisi",
        "ნიუ ჰოსპიტალსი",
        "კრწანისის ქ. 12",
        "0114 თბილისი",
        "+995 32 200 2200",
        "აღმაშენებლის გამზ. 130",
        "0102 თბილისი",
    ),
    "batumi": _p(
        "eu",
        "ბათუმის დრამატული თეატრი",
        "რუსთაველის ქ. 1",
        "6000 ბათუმი",
        41.6479,
        41.6400,
        "Asia/Tbilisi",
        "ბათუმის რეფერალური ჰოსპიტალი",
        "ფრიდონ ხალვაშის გამზ. 125",
        "6010 ბათუმი",
        "+995 422 27 44 44",
        "ზღვისპირა ბულვარი, ავტოსადგომი 3",
        "6000 ბათუმი",
    ),
    # spreadsheet prints: US and Canada
    "denver": _p(
        "us",
        "Union Station",
        "1701 Wynkoop St",
        "Denver, CO 80202",
        39.7530,
        -105.0000,
        "America/Denver",
        "Denver Health Medical Center",
        "777 Bannock St",
        "Denver, CO 80204",
        "(303) 436-6000",
        "1800 Wewatta St",
        "Denver, CO 80202",
    ),
    "nashville": _p(
        "us",
        "Ryman Auditorium",
        "116 Rep. John Lewis Way N",
        "Nashville, TN 37219",
        36.1612,
        -86.7785,
        "America/Chicago",
        "Vanderbilt University Medical Center",
        "1211 Medical Center Dr",
        "Nashville, TN 37232",
        "(615) 322-5000",
        "501 Broadway",
        "Nashville, TN 37203",
    ),
    "calgary": _p(
        "ca",
        "Fort Calgary",
        "750 9 Ave SE",
        "Calgary, AB T2G 5E1",
        51.0455,
        -114.0450,
        "America/Edmonton",
        "Foothills Medical Centre",
        "1403 29 St NW",
        "Calgary, AB T2N 2T9",
        "(403) 944-1110",
        "1410 Olympic Way SE",
        "Calgary, AB T2G 0B4",
    ),
    # two calls on one line: UK, Australia, Scotland
    "leeds": _p(
        "uk",
        "Leeds Corn Exchange",
        "Call Lane",
        "Leeds LS1 7BR",
        53.7964,
        -1.5405,
        "Europe/London",
        "Leeds General Infirmary",
        "Great George St",
        "Leeds LS1 3EX",
        "0113 243 2799",
        "Crown Point Rd",
        "Leeds LS10 1EG",
    ),
    "brisbane": _p(
        "au",
        "Brisbane City Hall",
        "64 Adelaide St",
        "Brisbane City QLD 4000",
        -27.4689,
        153.0235,
        "Australia/Brisbane",
        "Royal Brisbane and Women's Hospital",
        "Butterfield St",
        "Herston QLD 4029",
        "(07) 3646 8111",
        "King George Square car park, Ann St",
        "Brisbane City QLD 4000",
    ),
    "glasgow": _p(
        "uk",
        "Kelvingrove Art Gallery and Museum",
        "Argyle St",
        "Glasgow G3 8AG",
        55.8686,
        -4.2906,
        "Europe/London",
        "Queen Elizabeth University Hospital",
        "1345 Govan Rd",
        "Glasgow G51 4TF",
        "0141 201 1100",
        "Kelvin Way",
        "Glasgow G3 7TA",
    ),
    # festival concert films
    "red_rocks": _p(
        "us",
        "Red Rocks Amphitheatre",
        "18300 W Alameda Pkwy",
        "Morrison, CO 80465",
        39.6654,
        -105.2057,
        "America/Denver",
        "St. Anthony Hospital",
        "11600 W 2nd Pl",
        "Lakewood, CO 80228",
        "(720) 321-0000",
        "Upper North Lot, Trading Post Rd",
        "Morrison, CO 80465",
    ),
    "forum": _p(
        "eu",
        "Parc del Fòrum",
        "Rambla del Prim 2-4",
        "08019 Barcelona",
        41.4103,
        2.2260,
        "Europe/Madrid",
        "Hospital del Mar",
        "Passeig Marítim 25-29",
        "08003 Barcelona",
        "+34 932 483 000",
        "Carrer de la Pau 12",
        "08930 Sant Adrià de Besòs",
    ),
    "roskilde": _p(
        "eu",
        "Roskilde Festival, Orange Scene",
        "Havsteensvej 11",
        "4000 Roskilde",
        55.6195,
        12.0789,
        "Europe/Copenhagen",
        "Sjællands Universitetshospital, Roskilde",
        "Sygehusvej 10",
        "4000 Roskilde",
        "+45 47 32 32 00",
        "Darupvej 19",
        "4000 Roskilde",
    ),
    # tear-off bands
    "quebec": _p(
        "ca",
        "Château Frontenac",
        "1, rue des Carrières",
        "Québec (Québec) G1R 4P5",
        46.8119,
        -71.2053,
        "America/Toronto",
        "Hôtel-Dieu de Québec",
        "11, côte du Palais",
        "Québec (Québec) G1R 2J6",
        "418 525-4444",
        "Stationnement Hôtel-de-Ville, 3, rue Pierre-Olivier-Chauveau",
        "Québec (Québec) G1R 4J3",
    ),
    "melbourne": _p(
        "au",
        "Royal Exhibition Building",
        "9 Nicholson St",
        "Carlton VIC 3053",
        -37.8047,
        144.9717,
        "Australia/Melbourne",
        "St Vincent's Hospital Melbourne",
        "41 Victoria Pde",
        "Fitzroy VIC 3065",
        "(03) 9231 2211",
        "Rathdowne St (north end)",
        "Carlton VIC 3053",
    ),
    "edinburgh": _p(
        "uk",
        "Edinburgh Castle Esplanade",
        "Castlehill",
        "Edinburgh EH1 2NG",
        55.9486,
        -3.1999,
        "Europe/London",
        "Royal Infirmary of Edinburgh",
        "51 Little France Cres",
        "Edinburgh EH16 4SA",
        "0131 536 1000",
        "Johnston Terrace",
        "Edinburgh EH1 2PW",
    ),
    # shoot-brief memos
    "boston": _p(
        "us",
        "Boston Public Library, McKim Building",
        "700 Boylston St",
        "Boston, MA 02116",
        42.3493,
        -71.0780,
        "America/New_York",
        "Massachusetts General Hospital",
        "55 Fruit St",
        "Boston, MA 02114",
        "(617) 726-2000",
        "Copley Place Garage, 100 Huntington Ave",
        "Boston, MA 02116",
    ),
    "ottawa": _p(
        "ca",
        "ByWard Market Building",
        "55 ByWard Market Square",
        "Ottawa, ON K1N 9C3",
        45.4275,
        -75.6925,
        "America/Toronto",
        "The Ottawa Hospital - Civic Campus",
        "1053 Carling Ave",
        "Ottawa, ON K1Y 4E9",
        "(613) 722-7000",
        "141 Clarence St",
        "Ottawa, ON K1N 5P6",
    ),
    "christchurch": _p(
        "nz",
        "Christchurch Botanic Gardens",
        "Rolleston Ave",
        "Christchurch Central City, Christchurch 8013",
        -43.5305,
        172.6268,
        "Pacific/Auckland",
        "Christchurch Hospital",
        "2 Riccarton Ave",
        "Christchurch 8011",
        "(03) 364 0640",
        "Armagh St car park",
        "Christchurch 8013",
    ),
    # "DAY 14 - TUES 17/03" headers
    "fremantle": _p(
        "au",
        "Fremantle Prison",
        "1 The Terrace",
        "Fremantle WA 6160",
        -32.0553,
        115.7531,
        "Australia/Perth",
        "Fiona Stanley Hospital",
        "11 Robin Warren Dr",
        "Murdoch WA 6150",
        "(08) 6152 2222",
        "Fremantle Oval car park, Parry St",
        "Fremantle WA 6160",
    ),
    "liverpool": _p(
        "uk",
        "Liverpool Town Hall",
        "High St",
        "Liverpool L2 3SW",
        53.4076,
        -2.9916,
        "Europe/London",
        "Royal Liverpool University Hospital",
        "Prescot St",
        "Liverpool L7 8XP",
        "0151 706 2000",
        "Mann Island",
        "Liverpool L3 1BP",
    ),
    "wellington": _p(
        "nz",
        "Old St Paul's",
        "34 Mulgrave St",
        "Thorndon, Wellington 6011",
        -41.2781,
        174.7784,
        "Pacific/Auckland",
        "Wellington Regional Hospital",
        "49 Riddiford St",
        "Newtown, Wellington 6021",
        "(04) 385 5999",
        "Archives NZ car park, 10 Mulgrave St",
        "Thorndon, Wellington 6011",
    ),
}

KA_WD = ["ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი", "კვირა"]
KA_MON = [
    "იანვარი",
    "თებერვალი",
    "მარტი",
    "აპრილი",
    "მაისი",
    "ივნისი",
    "ივლისი",
    "აგვისტო",
    "სექტემბერი",
    "ოქტომბერი",
    "ნოემბერი",
    "დეკემბერი",
]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
# "TUES 17/03": the weekday abbreviations crews type in headers
WD_CREW = ["MON", "TUES", "WEDS", "THURS", "FRI", "SAT", "SUN"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, _ = clock(hhmm)
    forms = {
        "au": f"{h12}.{m:02d}{'am' if h < 12 else 'pm'}",  # "6.45am"
        "qc": f"{h} h {m:02d}",  # Quebec "7 h 30"
        "us_dots": f"{h12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}",  # "7:30 a.m."
    }
    return time_or(forms, hhmm, style)


_sheet = sheet_maker("fresh12")


# --- Georgia: გადაღების დღის გეგმა, Georgian script, label column with values at the right --------


def _ka_date(d: D, style: str) -> str:
    if style == "long":
        return f"{KA_WD[d.weekday()]}, {d.day} {KA_MON[d.month - 1]}, {d.year}"
    return f"{d:%d.%m.%Y}, {KA_WD[d.weekday()]}"


def _ka(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        c.text(36, 42, g["company"], 9, bold=True)
        c.text(36, 54, g["company_addr"], 7)
        c.right(W - 36, 42, f"გადაღების დღის გეგმა № {g['no']}", 10, bold=True)
        c.right(W - 36, 55, g["day_of"], 8.5)
        centre(c, 88, title, 20)
        centre(c, 104, g["sub"], 9, bold=False)
        c.hline(36, W - 36, 114, 1.2)
        # left: a label column and its values; right: sun and weather in a box
        rows = [
            ("თარიღი", _ka_date(day, g["date"]), False),
            ("პროდაქშენის შეკრება", hm(add_minutes(call, -60), t), False),
            ("გრიმი / კოსტიუმი", hm(add_minutes(call, -45), t), False),
            (g["call_label"], f"{hm(call, t)}  {g['call_note']}", True),
            ("გადაღების დაწყება", hm(add_minutes(call, 60), t), False),
            ("სადილი", hm(add_minutes(call, 330), t), False),
            ("დასრულება (სავარაუდო)", hm(add_minutes(call, 600), t), False),
        ]
        y = 134.0
        for label, value, bold in rows:
            fit(c, 40, y, label, 9, 150, bold=bold)
            fit(c, 196, y, value, 10 if bold else 9, 170, bold=bold)
            y += 17
        bx = W - 36 - 170
        c.box(bx, 124, 170, 104)
        fill(c, bx, 124, 170, 16, 225)
        c.text(bx + 6, 135, "მზე და ამინდი", 8, bold=True)
        c.text(bx + 6, 156, f"მზის ამოსვლა  {hm(rise, t)}", 9)
        c.text(bx + 6, 174, f"მზის ჩასვლა  {hm(fall, t)}", 9)
        fit(c, bx + 6, 196, g["weather"], 8.5, 158)
        c.text(bx + 6, 216, f"რეჟისორი: {g['director']}", 7.5)
        # places: three blocks across, heading in a grey bar
        y0 = y + 14
        cw = (W - 72) / 3
        heads = ["გადაღების ადგილი", "ბაზა / პარკინგი", "უახლოესი საავადმყოფო"]
        bodies = [
            [g["set"], p.name, p.street, p.city],
            [p.base_street, p.base_city],
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone, "სასწრაფო: 112"],
        ]
        for k, (head, body) in enumerate(zip(heads, bodies, strict=True)):
            x = 36 + k * cw
            fill(c, x, y0, cw - 6, 15, 215)
            fit(c, x + 4, y0 + 11, head, 8.5, cw - 14, bold=True)
            yy = y0 + 30
            for line in body:
                fit(c, x + 4, yy, line, 9, cw - 14)
                yy += 13
        y = y0 + 110
        c.text(36, y, "სცენები", 10, bold=True)
        c.hline(36, W - 36, y + 3)
        for line in g["scenes"]:
            y += 14
            fit(c, 40, y, line, 8.5, W - 80)
        y += 24
        c.text(36, y, "მსახიობები", 10, bold=True)
        for text, x in [("გრიმი", 300), ("მოედანზე", 400)]:
            c.text(x, y, text, 8, bold=True)
        c.hline(36, W - 36, y + 3)
        for n, name in enumerate(g["cast"]):
            y += 14
            c.text(40, y, name, 8.5)
            c.text(300, y, hm(add_minutes(call, -30 + 15 * n), t), 8.5)
            c.text(400, y, hm(add_minutes(call, 45 + 15 * n), t), 8.5)
        grey(c)
        c.text(36, 800, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"ka_{key}",
        "ka_gegma",
        "Georgian shooting-day plan, label column",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ka_sheets() -> list[Sheet]:
    footer = "გეგმა შეიძლება შეიცვალოს. ცვლილებების შესახებ გაცნობებთ რეჟისორის ასისტენტი."
    return [
        _ka(
            "tbilisi",
            "ქარის ქალაქი",
            D(2026, 5, 12),
            "07:00",
            {
                "company": "კავკასია ფილმი",
                "company_addr": "ი. ჭავჭავაძის გამზ. 37, 0162 თბილისი",
                "no": "9",
                "day_of": "გადაღების დღე 9 / 30",
                "sub": "მხატვრული ფილმი · რეჟისორი: ნინო ბერიძე",
                "date": "long",
                "time": "h24",
                "call_label": "გადამღები ჯგუფის შეკრება",
                "call_note": "(გადასაღებ მოედანზე)",
                "weather": "მზიანი, +22°C",
                "director": "ნინო ბერიძე",
                "set": "დიდი სცენა, პარტერი",
                "scenes": [
                    "სც. 41  ინტ. თეატრი, დიდი სცენა - დღე  1 4/8  როლები 1, 2",
                    "სც. 42  ინტ. თეატრი, ფოიე - დღე  6/8  როლი 1",
                ],
                "cast": ["1. ეკა - თამარ ჯაფარიძე", "2. გიორგი - ლევან კაპანაძე"],
                "footer": footer,
            },
        ),
        _ka(
            "fabrika",
            "ძველი ეზო",
            D(2026, 9, 3),
            "08:00",
            {
                "company": "ეზო პროდაქშენი",
                "company_addr": "ეგნატე ნინოშვილის ქ. 8, 0102 თბილისი",
                "no": "14",
                "day_of": "გადაღების დღე 14 / 22",
                "sub": "სერიალი · ეპიზოდი 4",
                "date": "numeric",
                "time": "dot",
                "call_label": "ჯგუფის შეკრება",
                "call_note": "(ეზოში, შესასვლელთან)",
                "weather": "ღრუბლიანი, +26°C",
                "director": "ლაშა ცერცვაძე",
                "set": "შიდა ეზო და კაფე",
                "scenes": ["სც. 12  ექსტ. ეზო - დღე  2 1/8  როლები 1, 3, 4"],
                "cast": ["1. ანა", "3. ბექა", "4. მამა"],
                "footer": footer,
            },
        ),
        _ka(
            "batumi",
            "ზღვის სუნი",
            D(2026, 7, 9),
            "06:45",
            {
                "company": "შავი ზღვა ფილმსი",
                "company_addr": "გორგილაძის ქ. 40, 6000 ბათუმი",
                "no": "21",
                "day_of": "გადაღების დღე 21 / 35",
                "sub": "მხატვრული ფილმი",
                "date": "long",
                "time": "military",
                "call_label": "საერთო შეკრება",
                "call_note": "(სამსახ. შესასვლელთან)",
                "weather": "მზიანი, ნოტიო, +29°C",
                "director": "სალომე ქავთარაძე",
                "set": "სცენა და კულისები",
                "scenes": [
                    "სც. 77  ინტ. თეატრი, კულისები - ღამე  1 2/8  როლები 2, 5",
                    "სც. 80  ინტ. თეატრი, სცენა - დღე  3/8  როლი 5",
                ],
                "cast": ["2. ნუცა - მარიამ ხარაიშვილი", "5. დათო - ზურაბ ბოლქვაძე"],
                "footer": footer,
            },
        ),
    ]


# --- a spreadsheet printed across two pages: header and times on page 1, places on page 2 -------


def _excel(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def gridded(c: Canvas, x: float, y: float, widths: list[float], rows: int, rh: float) -> None:
        c.pdf.set_draw_color(170, 170, 170)
        c.grid(x, y, widths, [rh] * rows)
        c.pdf.set_draw_color(0, 0, 0)

    def make() -> bytes:
        c = Canvas("letter", g["font"])
        W = c.width
        rh = 15.0
        x0, y0 = 36.0, 40.0
        widths = [110.0, 150.0, 90.0, 90.0, W - 72 - 440]
        gridded(c, x0, y0, widths, 44, rh)
        cols = [x0 + sum(widths[:k]) for k in range(len(widths))]

        def put(r: int, k: int, text: str, size: float = 8.5, **kw: Any) -> None:
            fit(c, cols[k] + 3, y0 + r * rh + 11, text, size, widths[k] - 6, **kw)

        # page 1 (columns A-E): title, the day's facts, the times, scenes
        # the title is a merged cell A2:C2: no gridlines inside it
        fill(c, x0 + 0.4, y0 + rh + 0.4, sum(widths[:3]) - 0.8, rh - 0.8, 255)
        c.text(x0 + 3, y0 + rh + 12, title, 13, bold=True)
        put(0, 0, g["company"], 7.5)
        put(2, 0, "CALL SHEET", 9, bold=True)
        put(2, 3, g["day_of"], 8.5)
        rows1 = [
            ("DATE", g["date"]),
            ("CREW CALL", hm(call, t)),
            ("BREAKFAST", hm(add_minutes(call, -30), t)),
            ("SHOOTING CALL", hm(add_minutes(call, 60), t)),
            ("LUNCH", hm(add_minutes(call, 360), t)),
            ("EST. WRAP", hm(add_minutes(call, 720), t)),
            ("SUNRISE", hm(rise, t)),
            ("SUNSET", hm(fall, t)),
            ("WEATHER", g["weather"]),
            ("DIRECTOR", g["director"]),
            ("1ST AD", g["ad"]),
        ]
        for r, (label, value) in enumerate(rows1, start=4):
            put(r, 0, label, 8, bold=True)
            put(r, 1, value, 9.5 if label == "CREW CALL" else 8.5, bold=label == "CREW CALL")
        put(17, 0, "SC.", 8, bold=True)
        put(17, 1, "SET / DESCRIPTION", 8, bold=True)
        put(17, 2, "D/N", 8, bold=True)
        put(17, 3, "PAGES", 8, bold=True)
        put(17, 4, "CAST", 8, bold=True)
        for r, (sc, desc, dn, pages, cast) in enumerate(g["scenes"], start=18):
            for k, text in enumerate([sc, desc, dn, pages, cast]):
                put(r, k, text)
        put(24, 0, "CAST", 8, bold=True)
        put(24, 1, "CHARACTER", 8, bold=True)
        put(24, 2, "PICK-UP", 8, bold=True)
        put(24, 3, "HMU", 8, bold=True)
        put(24, 4, "ON SET", 8, bold=True)
        for r, (actor, role) in enumerate(g["cast"], start=25):
            n = r - 25
            put(r, 0, actor)
            put(r, 1, role)
            put(r, 2, hm(add_minutes(call, -15 + 10 * n), t))
            put(r, 3, hm(add_minutes(call, 0 + 10 * n), t))
            put(r, 4, hm(add_minutes(call, 75 + 10 * n), t))
        grey(c)
        c.text(x0, 760, g["file"], 7)
        c.right(W - 36, 760, "Page 1 of 2", 7)
        black(c)
        # page 2 (columns F-J of the same rows): places, hospital, department notes. HARD: no
        # title, no date on this page; the rows line up with page 1's only by their position.
        c.new_page()
        widths2 = [110.0, 200.0, W - 72 - 310]
        gridded(c, x0, y0, widths2, 44, rh)
        cols2 = [x0 + sum(widths2[:k]) for k in range(len(widths2))]

        def put2(r: int, k: int, text: str, size: float = 8.5, **kw: Any) -> None:
            fit(c, cols2[k] + 3, y0 + r * rh + 11, text, size, widths2[k] - 6, **kw)

        put2(2, 2, g["version"], 7.5)
        place_rows = [
            ("LOCATION", g["set"]),
            ("", p.name),
            ("ADDRESS", p.street),
            ("", p.city),
            ("PARKING", p.base_street),
            ("", p.base_city),
            ("NEAREST HOSPITAL", p.hospital),
            ("", p.hospital_street),
            ("", p.hospital_city),
            ("", p.hospital_phone),
        ]
        for r, (label, value) in enumerate(place_rows, start=4):
            put2(r, 0, label, 8, bold=True)
            put2(r, 1, value)
        for r, note in enumerate(g["notes"], start=4):
            put2(r, 2, note, 7.5)
        put2(17, 0, "LOC #", 8, bold=True)
        put2(17, 1, "NOTES", 8, bold=True)
        for r in range(18, 18 + len(g["scenes"])):
            put2(r, 0, "1")
            put2(r, 1, g["scene_note"], 7.5)
        put2(24, 0, "REMARKS", 8, bold=True)
        for r in range(25, 25 + len(g["cast"])):
            put2(r, 1, "Pick-up from unit hotel" if r == 25 else "Self-drive to base", 7.5)
        grey(c)
        c.text(x0, 760, g["file"], 7)
        c.right(W - 36, 760, "Page 2 of 2", 7)
        black(c)
        return c.output()

    return _sheet(
        f"excel_{key}",
        "excel_split",
        "spreadsheet printed across two pages, places on page 2",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _excel_sheets() -> list[Sheet]:
    return [
        _excel(
            "denver",
            "MILE HIGH",
            D(2026, 3, 26),
            "07:30",
            {
                "font": "helvetica",
                "company": "Wynkoop Pictures LLC",
                "day_of": "Day 7 of 21",
                "date": "Thursday, March 26, 2026",
                "time": "us",
                "weather": "Sunny, 58°F / 31°F",
                "director": "Hal Brenner",
                "ad": "Mia Okafor (720) 555-0114",
                "set": "Great Hall & Track 1 platform",
                "scenes": [
                    ("14", "INT. UNION STATION - GREAT HALL", "D", "2 1/8", "1, 2"),
                    ("15", "EXT. PLATFORM - DEPARTURE", "D", "7/8", "1, 4"),
                ],
                "cast": [("Ray Duarte", "JACK"), ("Lena Fisk", "NORA"), ("Tom Arlo", "CONDUCTOR")],
                "notes": ["No crew parking on Wynkoop St.", "Shuttle from parking every 15 min."],
                "scene_note": "Public areas: quiet on set, keep walkways clear.",
                "version": "v3 - issued 3/25 6:40 PM",
                "file": "MILEHIGH_CallSheet_D07.xlsx",
            },
        ),
        _excel(
            "nashville",
            "OPRY ROAD",
            D(2026, 4, 28),
            "08:00",
            {
                "font": "sans",
                "company": "Cumberland Road Films",
                "day_of": "Shoot Day 3 / 18",
                "date": "Tue 4/28/26",
                "time": "military",
                "weather": "T-storms PM, 79°F",
                "director": "Avery Cole",
                "ad": "Jess Park (615) 555-0187",
                "set": "Main stage and balcony",
                "scenes": [
                    ("22", "INT. RYMAN - STAGE - REHEARSAL", "D", "3/8", "1, 3"),
                    ("23", "INT. RYMAN - BALCONY", "D", "1 2/8", "3"),
                    ("31", "INT. RYMAN - GREEN ROOM", "D", "1", "1, 2"),
                ],
                "cast": [("June Calloway", "MAE"), ("Eli Rand", "BUCK")],
                "notes": ["Load-in via Fifth Ave alley only.", "Venue tour groups until 0900."],
                "scene_note": "Tour groups pass the stage until 0900.",
                "version": "Rev. 2 (blue) 4/27",
                "file": "OpryRoad_Call_Day03.xlsx",
            },
        ),
        _excel(
            "calgary",
            "STAMPEDE WEST",
            D(2026, 6, 18),
            "06:30",
            {
                "font": "condensed",
                "company": "Bow River Productions Inc.",
                "day_of": "Day 12 of 30",
                "date": "Jun 18/26",
                "time": "us_letter",
                "weather": "Clear, 24°C",
                "director": "Dana Whitford",
                "ad": "Sam Kaur (403) 555-0199",
                "set": "Parade ground by the interpretive centre",
                "scenes": [
                    ("44", "EXT. FORT - PARADE GROUND - 1875", "D", "2 4/8", "1, 2, 5"),
                    ("45", "EXT. RIVER TRAIL", "D", "4/8", "2"),
                ],
                "cast": [("Noah Starlight", "EAGLE BEAR"), ("Cole Ferris", "CAPT. WALSH")],
                "notes": ["Horses arrive 5:30a at the east gate.", "Period costume: no phones."],
                "scene_note": "Livestock on set: wranglers lead.",
                "version": "Final 6/17 7:15p",
                "file": "SW_CallSheet_Day12.xlsx",
            },
        ),
    ]


# --- two calls on one line: "Call: 0700 (crew) / 0600 (HMU)" ------------------------------------


def _dual(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]
    hmu = add_minutes(call, g["hmu_offset"])

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        c.text(40, 44, g["company"], 9, bold=True)
        c.text(40, 56, g["office"], 7.5)
        c.right(W - 40, 44, g["sheet_no"], 10, bold=True)
        c.right(W - 40, 57, g["date"], 9)
        c.right(W - 40, 70, g["day_of"], 8.5)
        c.text(40, 92, title, 20, bold=True)
        c.text(40, 106, g["sub"], 8.5)
        c.hline(40, W - 40, 114, 1.2)
        # the calls line, as typed: both calls on one line in the order the sheet chose
        call_line = g["call_line"].format(crew=hm(call, t), hmu=hm(hmu, t))
        fit(c, 40, 136, call_line, 15, W - 80, bold=True)
        small = [
            f"Breakfast {hm(add_minutes(call, -30), t)}  ·  "
            f"Rehearse / shoot {hm(add_minutes(call, 45), t)}  ·  "
            f"Lunch {hm(add_minutes(call, 360), t)}  ·  Wrap {hm(add_minutes(call, 660), t)}",
            f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}  ·  {g['weather']}",
        ]
        y = 154.0
        for line in small:
            fit(c, 40, y, line, 9, W - 80)
            y += 14
        # location and base side by side, the hospital in its own box under them
        y += 10
        half = (W - 90) / 2
        c.text(40, y, g["loc_label"], 9, bold=True)
        c.text(50 + half + 10, y, g["base_label"], 9, bold=True)
        yy = y + 15
        for line in [g["set"], p.name, p.street, p.city]:
            fit(c, 40, yy, line, 9.5, half)
            yy += 13
        yy2 = y + 15
        for line in [p.base_street, p.base_city, g["base_note"]]:
            fit(c, 60 + half, yy2, line, 9.5, half)
            yy2 += 13
        y = max(yy, yy2) + 8
        c.box(40, y, W - 80, 58, 1.0)
        c.text(48, y + 14, g["hosp_label"], 9, bold=True)
        c.text(48, y + 29, p.hospital, 9.5)
        fit(c, 48, y + 42, f"{p.hospital_street}, {p.hospital_city}  ·  {p.hospital_phone}", 9, 480)
        c.right(W - 48, y + 14, g["emergency"], 8)
        y += 80
        c.text(40, y, "SCENES", 9, bold=True)
        c.hline(40, W - 40, y + 3)
        for line in g["scenes"]:
            y += 14
            fit(c, 44, y, line, 8.5, W - 88)
        y += 24
        c.text(40, y, "CAST", 9, bold=True)
        for text, x in [("P/UP", 300), ("HMU", 370), ("ON SET", 440)]:
            c.text(x, y, text, 8, bold=True)
        c.hline(40, W - 40, y + 3)
        for n, name in enumerate(g["cast"]):
            y += 14
            c.text(44, y, name, 8.5)
            c.text(300, y, hm(add_minutes(hmu, -20 + 15 * n), t), 8.5)
            c.text(370, y, hm(add_minutes(hmu, 15 * n), t), 8.5)
            c.text(440, y, hm(add_minutes(call, 45), t), 8.5)
        y += 26
        c.text(40, y, "NOTES", 9, bold=True)
        for line in g["notes"]:
            y += 13
            fit(c, 44, y, line, 8.5, W - 88)
        return c.output()

    return _sheet(
        f"dual_{key}",
        "dual_call",
        "crew call and HMU call on one line",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _dual_sheets() -> list[Sheet]:
    return [
        _dual(
            "leeds",
            "THE EXCHANGE",
            D(2026, 3, 17),
            "07:00",
            {
                "font": "helvetica",
                "company": "Aire Valley Television Ltd",
                "office": "Production office: 3 Wharf St, Leeds LS2 7EQ · 0113 496 0102",
                "sheet_no": "CALL SHEET No. 14",
                "date": "Tuesday 17th March 2026",
                "day_of": "Day 14 of 40",
                "sub": "Series 1 · Block 3 (Eps 5 & 6) · Director: Kieran Walsh",
                "time": "military",
                "hmu_offset": -60,
                # the crew call first, the earlier HMU call after it
                "call_line": "Call: {crew} (crew) / {hmu} (HMU)",
                "weather": "Light rain clearing, 9°C",
                "loc_label": "LOCATION",
                "base_label": "UNIT BASE",
                "set": "The dome floor (shop units 1-4)",
                "base_note": "Crew parking in the NCP, tickets from 2nd AD",
                "hosp_label": "NEAREST A&E",
                "emergency": "Emergency: 999",
                "scenes": [
                    "Sc 5/12  INT. CORN EXCHANGE - DOME - DAY  2 3/8  1, 2, 6",
                    "Sc 6/3   INT. RECORD SHOP - DAY  1 1/8  2, 4",
                ],
                "cast": [
                    "1. TESS - Hannah Moore",
                    "2. DEV - Arjun Malik",
                    "6. MR HOLT - Ian Reeve",
                ],
                "notes": ["Public footfall from 1000: marshals at both entrances."],
            },
        ),
        _dual(
            "brisbane",
            "RIVER CITY",
            D(2026, 6, 4),
            "06:45",
            {
                "font": "sans",
                "company": "Moreton Bay Pictures Pty Ltd",
                "office": "Level 2, 100 Boundary St, West End QLD 4101 · (07) 3555 0140",
                "sheet_no": "CALL SHEET #22",
                "date": "Thu 04/06/2026",
                "day_of": "Shoot day 22 of 50",
                "sub": "Drama series · Eps 7-8 · All times AEST",
                # HARD: the earlier HMU call is printed first on the line
                "call_line": "CALLS:  HMU {hmu}  /  CREW {crew}  /  CAST as per schedule",
                "time": "au",
                "hmu_offset": -60,
                "weather": "Fine, 11°C - 22°C",
                "loc_label": "SET",
                "base_label": "UNIT BASE",
                "set": "Main Auditorium and clock-tower stairs",
                "base_note": "Trucks on Ann St from 5.00am (permit)",
                "hosp_label": "NEAREST HOSPITAL (EMERGENCY)",
                "emergency": "Emergency: 000",
                "scenes": [
                    "Sc 7/21  INT. CITY HALL - AUDITORIUM - DAY  1 5/8  1, 3",
                    "Sc 7/22  INT. CLOCK TOWER STAIRS - DAY  4/8  1",
                    "Sc 8/04  EXT. KING GEORGE SQUARE - DAY  1  3, 5",
                ],
                "cast": ["1. MEG - Kirra Dawson", "3. LUKE - Sam Petrakis", "5. ROSA - Ana Costa"],
                "notes": ["Clock tower lift: max 4 crew + kit per trip."],
            },
        ),
        _dual(
            "glasgow",
            "KELVIN",
            D(2026, 10, 14),
            "08:00",
            {
                "font": "serif",
                "company": "Clyde Street Films",
                "office": "The Whisky Bond, 2 Dawson Rd, Glasgow G4 9SS",
                "sheet_no": "Call Sheet 31",
                "date": "Wednesday 14 October 2026",
                "day_of": "Day 31 / 45",
                "sub": "Feature · Director: Morag Lennox",
                # HARD: two labels then two values, paired by their order
                "call_line": "Crew / HMU call: {crew} / {hmu}",
                "time": "h24",
                "hmu_offset": -75,
                "weather": "Showers, 11°C, wind SW 20 mph",
                "loc_label": "LOCATION 1 (main)",
                "base_label": "UNIT BASE / PARKING",
                "set": "Centre Hall and the west court",
                "base_note": "Catering bus at the park gate",
                "hosp_label": "NEAREST EMERGENCY DEPARTMENT",
                "emergency": "NHS 24: 111",
                "scenes": [
                    "Sc 88  INT. MUSEUM - CENTRE HALL - DAY  2 2/8  1, 2",
                    "Sc 89  INT. MUSEUM - WEST COURT - DAY  6/8  2, 7",
                ],
                "cast": ["1. ISLA - Kerry Munro", "2. CAL - Jamie Rennie", "7. GUIDE - Pat Doyle"],
                "notes": ["Museum open to the public: no kit in the galleries before 10:00."],
            },
        ),
    ]


# --- a concert film at a festival: the film crew call among gates and stage times ---------------


def _fest(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", g["font"], orientation="L")
        W = c.width
        fill(c, 0, 0, W, 58, 30)
        c.pdf.set_text_color(255, 255, 255)
        c.text(30, 26, title, 18, bold=True)
        c.text(30, 44, g["event"], 9)
        c.right(W - 30, 26, "PRODUCTION SCHEDULE - FILM UNIT", 11, bold=True)
        c.right(W - 30, 44, f"{g['date']}  ·  {g['day_of']}", 9)
        black(c)
        # left: one running timeline of the day, festival and film rows together
        x, y = 30.0, 84.0
        c.text(x, y, "RUNNING ORDER / TIMINGS", 10, bold=True)
        c.hline(x, x + 420, y + 4)
        y += 20
        for when, what, kind in g["timeline"]:
            bold = kind == "call"
            value = hm(call, t) if kind == "call" else hm(when, t)
            c.text(x, y, value, 9.5, bold=bold)
            tag = "[FILM]" if kind in ("film", "call") else "[STAGE]" if kind == "stage" else ""
            grey(c, 90)
            c.text(x + 62, y, tag, 7.5)
            black(c)
            fit(c, x + 110, y, what, 9.5, 310, bold=bold)
            y += 15
        # HARD: the headliner's set, the biggest time on the page
        y += 10
        c.box(x, y, 420, 40, 1.4)
        c.text(x + 10, y + 16, "HEADLINE SET", 9, bold=True)
        c.text(x + 10, y + 34, f"{hm(g['headline'][0], t)} - {hm(g['headline'][1], t)}", 18)
        c.text(x + 200, y + 28, g["artist"], 11, bold=True)
        # right: venue, compound, medical, sun
        rx, rw = 480.0, W - 510
        ry = 84.0
        blocks = [
            ("VENUE", [p.name, p.street, p.city]),
            ("FILM COMPOUND / CREW PARKING", [p.base_street, p.base_city, g["compound_note"]]),
            ("SUN", [f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}", g["weather"]]),
        ]
        for head, lines in blocks:
            c.text(rx, ry, head, 9, bold=True)
            c.hline(rx, rx + rw, ry + 4)
            ry += 18
            for line in lines:
                fit(c, rx, ry, line, 9, rw)
                ry += 13
            ry += 10
        # medical in its own box: on-site first aid, then the hospital
        c.box(rx, ry - 6, rw, 92, 1.0)
        c.text(rx + 6, ry + 8, "MEDICAL", 9, bold=True)
        fit(c, rx + 6, ry + 22, g["first_aid"], 8.5, rw - 12)
        c.text(rx + 6, ry + 38, g["hosp_label"], 8, bold=True)
        fit(c, rx + 6, ry + 51, p.hospital, 9, rw - 12)
        fit(c, rx + 6, ry + 64, f"{p.hospital_street}, {p.hospital_city}", 8.5, rw - 12)
        fit(c, rx + 6, ry + 77, p.hospital_phone, 8.5, rw - 12)
        ry += 104
        c.text(rx, ry, "FILM CREW", 9, bold=True)
        c.hline(rx, rx + rw, ry + 4)
        for line in g["crew"]:
            ry += 13
            fit(c, rx, ry, line, 8, rw)
        grey(c)
        c.text(30, 570, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"fest_{key}",
        "festival_film",
        "concert film schedule, crew call among stage times",
        make,
        expect(p, title, day, call, ""),
    )


def _fest_sheets() -> list[Sheet]:
    return [
        _fest(
            "red_rocks",
            "HIGH COUNTRY HYMNS",
            D(2026, 8, 20),
            "13:00",
            {
                "font": "helvetica",
                "event": "The Hollow Pines - Live at Red Rocks · concert film · Night 1 of 2",
                "date": "Thursday, August 20, 2026",
                "day_of": "Film day 1 of 2",
                "time": "us",
                "timeline": [
                    ("09:00", "Venue load-in (house crew, audio, lighting)", "stage"),
                    ("11:00", "Camera trucks on site, Upper North Lot", "film"),
                    ("13:00", "FILM CREW CALL - all camera, sound & lighting crew", "call"),
                    ("14:30", "Line check / camera positions walk", "film"),
                    ("16:00", "Headliner soundcheck", "stage"),
                    ("17:30", "Crew meal (catering tent)", "film"),
                    ("18:00", "Gates / doors open", "stage"),
                    ("19:00", "Support: Canyon Static (45 min)", "stage"),
                    ("20:00", "Changeover", "stage"),
                    ("22:45", "Curfew - house lights up", "stage"),
                ],
                "headline": ("20:30", "22:30"),
                "artist": "THE HOLLOW PINES",
                "compound_note": "Film trucks & crew cars; shuttle to stage door",
                "weather": "Clear, 86°F, storms possible after 5 PM",
                "first_aid": "First aid: Medical tent, Lower South Lot (Denver Health paramedics)",
                "hosp_label": "NEAREST HOSPITAL (ER)",
                "crew": [
                    "Director - Rae Tillman (303) 555-0190",
                    "Producer - Gil Arden (303) 555-0171",
                    "DP - Marco Quint · 9 cameras incl. 2 cranes",
                ],
                "footer": "Artist camera restrictions: no handhelds on stage during songs 1-3.",
            },
        ),
        _fest(
            "forum",
            "NIT DE MAR",
            D(2026, 6, 4),
            "15:30",
            {
                "font": "sans",
                "event": "Lua Vidal at Mar de Fons Festival · concert film",
                "date": "Thursday 4 June 2026",
                "day_of": "Festival day 1 / 3",
                "time": "h24",
                "timeline": [
                    ("12:00", "Site open to production and suppliers", "stage"),
                    ("14:00", "Mar stage line check", "stage"),
                    ("15:30", "Film crew call - media compound, gate C", "call"),
                    ("16:30", "Gates open", "stage"),
                    ("17:00", "Mar stage: Els Gavians", "stage"),
                    ("18:30", "Film crew dinner (production canteen)", "film"),
                    ("19:15", "Mar stage: Kora Blue", "stage"),
                    ("21:00", "Camera reset / changeover", "film"),
                    ("01:30", "Site curfew", "stage"),
                ],
                "headline": ("22:30", "00:15"),
                "artist": "LUA VIDAL",
                "compound_note": "Media compound at gate C (accreditation pick-up)",
                "weather": "Clear, 26°C, light sea breeze",
                "first_aid": "Puesto sanitario: behind the Mar stage FOH (Creu Roja)",
                "hosp_label": "NEAREST HOSPITAL (URGÈNCIES / A&E)",
                "crew": [
                    "Directora - Ona Ferrer +34 600 555 014",
                    "Productor - Pau Serra +34 600 555 027",
                    "6 cameras, 1 drone (no flight over audience)",
                ],
                "footer": "All film crew must wear the FILM wristband and hi-vis in the pit.",
            },
        ),
        _fest(
            "roskilde",
            "ORANGE NIGHTS",
            D(2026, 7, 2),
            "14:00",
            {
                "font": "condensed",
                "event": "Nordlys - live at Roskilde Festival 2026 · concert documentary",
                "date": "Thu 02/07/2026",
                "day_of": "Shoot day 2 of 4",
                "time": "military",
                "timeline": [
                    ("10:00", "Backline & rigging, Orange", "stage"),
                    ("12:00", "Arena open", "stage"),
                    ("14:00", "FILM UNIT CALL - production container 4", "call"),
                    ("15:00", "Interviews backstage (artist village)", "film"),
                    ("17:00", "Orange: Fjordmænd", "stage"),
                    ("19:00", "Orange: changeover, camera reset", "film"),
                    ("19:30", "Crew meal", "film"),
                    ("02:00", "Arena closes", "stage"),
                ],
                "headline": ("22:00", "23:45"),
                "artist": "NORDLYS",
                "compound_note": "Production containers by gate West",
                "weather": "Partly cloudy, 19°C",
                "first_aid": "Førstehjælp: medical tent next to Orange FOH",
                "hosp_label": "NEAREST HOSPITAL (AKUTMODTAGELSE)",
                "crew": [
                    "Director - Signe Holm +45 20 55 01 40",
                    "Producer - Anders Kjær +45 20 55 01 62",
                    "7 cameras · 2 on the Orange roof",
                ],
                "footer": "Long daylight: golden-hour pick-ups from 21:00 at the lake stage.",
            },
        ),
    ]


# --- a tear-off band: the day's facts in a narrow strip at the right edge -----------------------


def _tear(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas(g["page"], g["font"])
        W = c.width
        band = 150.0
        bx = W - band
        main = bx - 30 - 30
        # main part: title, scenes, cast, department notes (no date, no call, no address)
        c.text(30, 46, g["company"], 8.5, bold=True)
        fit(c, 30, 72, title, 20, main, bold=True)
        fit(c, 30, 88, g["sub"], 9, main)
        c.hline(30, 30 + main, 96, 1.0)
        y = 118.0
        c.text(30, y, g["scenes_label"], 9.5, bold=True)
        c.hline(30, 30 + main, y + 3)
        for line in g["scenes"]:
            y += 14
            fit(c, 34, y, line, 8.5, main - 8)
        y += 24
        c.text(30, y, g["cast_label"], 9.5, bold=True)
        c.hline(30, 30 + main, y + 3)
        for n, name in enumerate(g["cast"]):
            y += 14
            fit(c, 34, y, name, 8.5, main - 90)
            c.right(30 + main, y, hm(add_minutes(call, -45 + 15 * n), t), 8.5)
        y += 24
        c.text(30, y, g["notes_label"], 9.5, bold=True)
        c.hline(30, 30 + main, y + 3)
        for note in g["notes"]:
            for line in wrap(c, note, 8.5, main - 8):
                y += 12
                c.text(34, y, line, 8.5)
            y += 4
        # the perforation and the band
        c.pdf.set_dash_pattern(dash=3, gap=3)
        c.vline(bx - 8, 20, c.pdf.h - 20, 0.6)
        c.pdf.set_dash_pattern()
        c.text(bx - 13, 34, "✂", 10, family="sans")
        fill(c, bx, 20, band - 14, 30, 40)
        c.pdf.set_text_color(255, 255, 255)
        fit(c, bx + 5, 33, g["tear_head"], 8, band - 24, bold=True)
        fit(c, bx + 5, 45, title, 8, band - 24)
        black(c)
        y = 66.0
        bw = band - 22
        sections = [
            (g["date_label"], g["date_lines"]),
            (g["call_label"], [hm(call, t), g["call_note"]]),
            (g["shoot_label"], [hm(add_minutes(call, 60), t)]),
            (g["loc_label"], [g["set"], *g["name_lines"], p.street, *g["city_lines"]]),
            (g["base_label"], g["base_lines"]),
            (g["sun_label"], [f"{g['rise']} {hm(rise, t)}", f"{g['fall']} {hm(fall, t)}"]),
        ]
        for label, lines in sections:
            c.hline(bx, bx + bw, y - 10, 0.3)
            fit(c, bx + 2, y, label, 6.5, bw, bold=True)
            y += 12
            for k, line in enumerate(lines):
                big = label == g["call_label"] and k == 0
                fit(c, bx + 2, y + (4 if big else 0), line, 16 if big else 8.5, bw, bold=big)
                y += 20 if big else 11
            y += 12
        # the hospital in its own box at the foot of the band
        n_lines = len(g["hosp_lines"]) + len(g["hosp_city_lines"]) + 2
        c.box(bx, y - 8, bw, 20 + 11 * n_lines, 0.9)
        fit(c, bx + 4, y + 2, g["hosp_label"], 6.5, bw - 8, bold=True)
        y += 13
        for line in [*g["hosp_lines"], p.hospital_street, *g["hosp_city_lines"]]:
            fit(c, bx + 4, y, line, 8.5, bw - 8)
            y += 11
        fit(c, bx + 4, y, p.hospital_phone, 8.5, bw - 8)
        return c.output()

    return _sheet(
        f"tear_{key}",
        "tear_off",
        "day facts in a narrow tear-off band at the right edge",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _tear_sheets() -> list[Sheet]:
    qc_day = D(2026, 6, 18)
    return [
        _tear(
            "quebec",
            "LA TERRASSE",
            qc_day,
            "07:30",
            {
                "page": "letter",
                "font": "sans",
                "company": "Productions Cap-Diamant inc.",
                "sub": "Long métrage · Réalisation : Mathieu Gagnon · Jour de tournage 12 de 30",
                "time": "qc",
                "scenes_label": "SCÈNES",
                "scenes": [
                    "Sc. 34  EXT. TERRASSE DUFFERIN - JOUR  2 1/8  1, 2",
                    "Sc. 35  INT. CHÂTEAU, SALON - JOUR  1 3/8  1, 3",
                ],
                "cast_label": "DISTRIBUTION  (maquillage)",
                "cast": ["1. Camille - Léa Tremblay", "2. Hugo - Olivier Roy", "3. Mme Dion"],
                "notes_label": "NOTES DE PRODUCTION",
                "notes": [
                    "Clients de l'hôtel dans le hall : tournage silencieux, aucun équipement "
                    "dans le lobby avant 9 h 00.",
                    "Cantine au stationnement. Dîner servi à la cantine.",
                ],
                "tear_head": "À DÉTACHER / FEUILLE DE ROUTE",
                "date_label": "DATE",
                "date_lines": [FR_WD[qc_day.weekday()], f"{qc_day.day} {FR_MON[5]} {qc_day.year}"],
                "call_label": "APPEL ÉQUIPE",
                "call_note": "(au plateau)",
                "shoot_label": "PRÊT À TOURNER",
                "loc_label": "LIEU DE TOURNAGE",
                "set": "Terrasse et salon Verchères",
                "name_lines": ["Château Frontenac"],
                "city_lines": ["Québec (Québec)", "G1R 4P5"],
                "base_label": "STATIONNEMENT",
                "base_lines": ["Stationnement", "Hôtel-de-Ville"],
                "sun_label": "SOLEIL",
                "rise": "Lever",
                "fall": "Coucher",
                "hosp_label": "HÔPITAL LE PLUS PROCHE",
                "hosp_lines": ["Hôtel-Dieu de Québec"],
                "hosp_city_lines": ["Québec (Québec)", "G1R 2J6"],
            },
        ),
        _tear(
            "melbourne",
            "EXHIBITION",
            D(2026, 9, 10),
            "07:00",
            {
                "page": "A4",
                "font": "helvetica",
                "company": "Carlton Lane Films Pty Ltd",
                "sub": "Feature · Director: Priya Nair · Shoot day 5 of 26",
                "time": "au",
                "scenes_label": "SCENES",
                "scenes": [
                    "Sc 18  INT. GREAT HALL - 1880 EXHIBITION - DAY  3 2/8  1, 2, 4",
                    "Sc 19  EXT. CARLTON GARDENS - DAY  4/8  2",
                ],
                "cast_label": "CAST  (HMU call)",
                "cast": ["1. ADA - Grace Liu", "2. WILL - Tom Barrett", "4. MAYOR - Ross Keane"],
                "notes_label": "NOTES",
                "notes": [
                    "200 background artists in period costume: holding in the west annexe.",
                    "Heritage building: no tape on floors, rubber feet on all stands.",
                ],
                "tear_head": "TEAR OFF - KEEP WITH YOU",
                "date_label": "DATE",
                "date_lines": ["Thursday", "10 September 2026"],
                "call_label": "CREW CALL",
                "call_note": "(at unit base)",
                "shoot_label": "SHOOTING CALL",
                "loc_label": "LOCATION",
                "set": "Great Hall",
                "name_lines": ["Royal Exhibition", "Building"],
                "city_lines": ["Carlton VIC 3053"],
                "base_label": "UNIT BASE",
                "base_lines": ["Rathdowne St", "(north end)"],
                "sun_label": "SUN",
                "rise": "Rise",
                "fall": "Set",
                "hosp_label": "NEAREST HOSPITAL",
                "hosp_lines": ["St Vincent's Hospital Melbourne"],
                "hosp_city_lines": ["Fitzroy VIC 3065"],
            },
        ),
        _tear(
            "edinburgh",
            "THE ESPLANADE",
            D(2026, 11, 5),
            "07:30",
            {
                "page": "A4",
                "font": "serif",
                "company": "Auld Reekie Pictures Ltd",
                "sub": "Series 2, Episode 3 · Director: Ewan Baird · Day 19 of 42",
                "time": "dot",
                "scenes_label": "SCENES",
                "scenes": [
                    "Sc 3/14  EXT. CASTLE ESPLANADE - DAWN  1 4/8  1, 5",
                    "Sc 3/15  EXT. CASTLEHILL - DAY  6/8  1",
                ],
                "cast_label": "CAST  (make-up)",
                "cast": ["1. DI ROSS - Fiona Grant", "5. JAMIE - Callum Reid"],
                "notes_label": "NOTES",
                "notes": [
                    "Esplanade closed to the public 07.00-11.00 under permit; "
                    "castle staff have right of way at all times.",
                ],
                "tear_head": "TEAR OFF HERE",
                "date_label": "DATE",
                "date_lines": ["Thursday", "5th November 2026"],
                "call_label": "UNIT CALL",
                "call_note": "(at the esplanade gate)",
                "shoot_label": "TURNOVER",
                "loc_label": "LOCATION",
                "set": "Castle esplanade",
                "name_lines": ["Edinburgh Castle", "Esplanade"],
                "city_lines": ["Edinburgh EH1 2NG"],
                "base_label": "UNIT BASE",
                "base_lines": ["Johnston Terrace", "Edinburgh EH1 2PW"],
                "sun_label": "SUN",
                "rise": "Sunrise",
                "fall": "Sunset",
                "hosp_label": "NEAREST A&E",
                "hosp_lines": ["Royal Infirmary of Edinburgh"],
                "hosp_city_lines": ["Edinburgh EH16 4SA"],
            },
        ),
    ]


# --- a documentary shoot brief typed as a two-column word-processor memo -------------------------


def _memo(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", g["font"])
        W = c.width
        c.text(54, 60, "SHOOT BRIEF", 18, bold=True)
        grey(c)
        c.text(54, 74, g["company"], 8.5)
        black(c)
        y = 100.0
        for label, value in [
            ("To:", g["to"]),
            ("From:", g["from"]),
            ("Date:", g["sent"]),
            ("Re:", f"{title} - {g['re']}"),
        ]:
            c.text(54, y, label, 10, bold=True)
            c.text(110, y, value, 10)
            y += 15
        c.hline(54, W - 54, y - 5, 1.0)
        # two newspaper columns: the text runs down the left column, then the right one
        gap = 24.0
        colw = (W - 108 - gap) / 2
        paras: list[tuple[str, str]] = []
        for head, body in g["body"]:
            if head == "|":  # a column break: the rest starts at the top of the right column
                paras.append(("|", ""))
                continue
            paras.append(("h", head))
            paras.append(("p", body.format(call=hm(call, t), rise=hm(rise, t), fall=hm(fall, t))))
        x, top, bottom = 54.0, y + 14, 700.0
        yy = top
        for kind, text in paras:
            if kind == "|":
                x, yy = 54 + colw + gap, top
                continue
            size = 10.5 if kind == "h" else 10
            # a hard line break ("\n", Shift+Enter) keeps names and addresses on one line
            lines = [ln for part in text.split("\n") for ln in wrap(c, part, size, colw)]
            for line in lines:
                if yy > bottom:
                    x, yy = 54 + colw + gap, top
                c.text(x, yy, line, size, bold=kind == "h")
                yy += 13.5
            yy += 6 if kind == "p" else 0
        return c.output()

    return _sheet(
        f"memo_{key}",
        "memo_columns",
        "documentary shoot brief in two newspaper columns",
        make,
        expect(p, title, day, call, g["extra"]),
    )


def _memo_sheets() -> list[Sheet]:
    boston = P["boston"]
    ottawa = P["ottawa"]
    chch = P["christchurch"]
    return [
        _memo(
            "boston",
            "READING ROOM",
            D(2026, 4, 16),
            "07:30",
            {
                "font": "times",
                "company": "Back Bay Documentary Unit · 22 Batterymarch St, Boston, MA 02109",
                "to": "Camera, sound, DIT, producer",
                "from": "Ines Walker, producer",
                "sent": "April 15, 2026",
                "re": "shoot brief, interview day",
                "time": "us_dots",
                "extra": "McKim Building",
                "body": [
                    (
                        "The day",
                        "Tomorrow, Thursday, April 16, 2026, we film the long interview with the "
                        "head librarian and the reading-room b-roll for READING ROOM (episode 2). "
                        "It is a small crew of five; please be quiet in public areas.",
                    ),
                    (
                        "Times",
                        "Crew call is {call} at the Dartmouth Street entrance. Set-up in Bates "
                        "Hall until 9:00 a.m.; interview 9:30 a.m. to noon; lunch 12:30 p.m.; "
                        "b-roll in the courtyard in the afternoon. Sunrise {rise}, sunset "
                        "{fall}; we aim to be out by 5:00 p.m.",
                    ),
                    ("|", ""),
                    (
                        "Where",
                        f"{boston.name}\n{boston.street}, {boston.city}\nSecurity will have "
                        "our names at the staff desk.",
                    ),
                    (
                        "Parking",
                        f"{boston.base_street}\n{boston.base_city}\nKeep receipts for "
                        "reimbursement.",
                    ),
                    (
                        "Nearest hospital",
                        f"{boston.hospital}\n{boston.hospital_street}, "
                        f"{boston.hospital_city}\n{boston.hospital_phone}",
                    ),
                    (
                        "Kit",
                        "Two FX6 bodies, lav and boom, two LED panels, a slider. No stands on "
                        "the reading-room tables; felt pads under everything.",
                    ),
                    (
                        "Contacts",
                        "Ines Walker (617) 555-0136 · Library press office (617) 555-0190.",
                    ),
                ],
            },
        ),
        _memo(
            "ottawa",
            "MARKET DAYS",
            D(2026, 10, 1),
            "06:30",
            {
                "font": "helvetica",
                "company": "Rideau Docs Inc. · 130 Albert St, Ottawa, ON K1P 5G4",
                "to": "Field crew (4)",
                "from": "Marc Bélanger, director / producer",
                "sent": "Wednesday, September 30, 2026",
                "re": "observational shoot, market opening",
                "time": "military",
                "extra": "ByWard Market Building",
                "body": [
                    (
                        "Brief",
                        "We follow two vendors through the opening of the market for MARKET "
                        "DAYS. Observational: no lights, no staging. Be invisible.",
                    ),
                    (
                        "Schedule",
                        "Thursday, October 1, 2026. Crew call {call} at the market building's "
                        "north door (vendors start unloading at 0645). Sunrise {rise}. Coffee "
                        "run 0900. Lunch on the go. Sunset {fall}. Wrap when the stalls close.",
                    ),
                    ("|", ""),
                    (
                        "Location",
                        f"{ottawa.name}\n{ottawa.street}\n{ottawa.city}",
                    ),
                    (
                        "Parking",
                        f"Municipal garage\n{ottawa.base_street}, {ottawa.base_city}",
                    ),
                    (
                        "Safety",
                        "Forklifts and vans move between the stalls until 0800: hi-vis vests "
                        f"on.\nNearest hospital:\n{ottawa.hospital}\n{ottawa.hospital_street}, "
                        f"{ottawa.hospital_city}\n{ottawa.hospital_phone} · Emergency 911",
                    ),
                    (
                        "Releases",
                        "Vendors have signed. Members of the public: wide shots only, or a "
                        "release on the spot (forms in the sound bag).",
                    ),
                ],
            },
        ),
        _memo(
            "christchurch",
            "GARDEN CITY",
            D(2026, 3, 26),
            "07:30",
            {
                "font": "serif",
                "company": "Kea Factual Ltd · 100 Cashel St, Christchurch 8011",
                "to": "Shoot crew, Day 2",
                "from": "Aroha Tane, producer",
                "sent": "Wednesday 25 March 2026",
                "re": "shoot brief",
                "time": "au",
                "extra": "",
                "body": [
                    (
                        "What",
                        "Day 2 of GARDEN CITY: the curator walk-and-talk and the autumn "
                        "time-lapse set-ups.",
                    ),
                    (
                        "When",
                        "Thursday 26 March 2026. Crew call {call} at the Rolleston Ave gate "
                        "(by the museum). Sunrise {rise}; first time-lapse rolls at "
                        "sunrise plus 45 min. Lunch at the café 12.30pm. Sunset {fall}.",
                    ),
                    ("|", ""),
                    (
                        "Where",
                        f"{chch.name}\n{chch.street}\n{chch.city}\nMeet at the gate.",
                    ),
                    (
                        "Parking",
                        f"{chch.base_street}, {chch.base_city}\n(pay and display)",
                    ),
                    (
                        "Safety",
                        f"Nearest hospital:\n{chch.hospital}\n{chch.hospital_street}, "
                        f"{chch.hospital_city}\n{chch.hospital_phone} (ED is a five-minute "
                        "walk across the river). Emergency 111.",
                    ),
                    (
                        "Crew",
                        "Producer Aroha Tane 021 555 0145 · Camera Ben Hollis · Sound Mere "
                        "Walker · Drone pilot Sam Li (CAA Part 102, flights booked 8.15am).",
                    ),
                ],
            },
        ),
    ]


# --- "DAY 14 - TUES 17/03": a yearless header with a weekday ------------------------------------


def _dayhead(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]
    head = f"DAY {g['day']} - {WD_CREW[day.weekday()]} {day:%d/%m}"

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        fill(c, 30, 30, W - 60, 34, 220)
        c.text(40, 53, title, 16, bold=True)
        c.right(W - 40, 53, head, 16, bold=True)  # HARD: no year anywhere but where noted
        c.text(30, 82, g["company"], 8.5)
        c.right(W - 30, 82, g["sub"], 8.5)
        # a ruled two-column table: label cell, value cell
        x0, lw, vw = 30.0, 130.0, W - 60 - 130
        rows = [
            (g["call_label"], hm(call, t) + g["call_note"]),
            ("HMU / COSTUME", hm(add_minutes(call, -60), t)),
            ("FIRST SHOT", hm(add_minutes(call, 75), t)),
            ("LUNCH", hm(add_minutes(call, 330), t)),
            ("WRAP (EST.)", hm(add_minutes(call, 660), t)),
            ("SUNRISE / SUNSET", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("WEATHER", g["weather"]),
            ("LOCATION", f"{g['set']} - {p.name}, {p.address}"),
            ("BASE / PARKING", p.base),
            ("HOSPITAL", f"{p.hospital}, {p.hospital_address} ({p.hospital_phone})"),
        ]
        y = 96.0
        rh = 20.0
        c.grid(x0, y, [lw, vw], [rh] * len(rows))
        for k, (label, value) in enumerate(rows):
            bold = k == 0
            fit(c, x0 + 4, y + 14 + k * rh, label, 8.5, lw - 8, bold=True)
            fit(c, x0 + lw + 4, y + 14 + k * rh, value, 10 if bold else 9, vw - 8, bold=bold)
        y += rh * len(rows) + 24
        c.text(30, y, "SCHEDULE", 10, bold=True)
        for text, x in [("SC", 30), ("SET", 70), ("D/N", 330), ("PGS", 370), ("CAST", 420)]:
            c.text(x, y + 16, text, 8, bold=True)
        c.hline(30, W - 30, y + 19)
        y += 16
        for sc, sett, dn, pgs, cast in g["scenes"]:
            y += 14
            for text, x, w in [(sc, 30, 36), (sett, 70, 255), (dn, 330, 36), (pgs, 370, 45)]:
                fit(c, x, y, text, 8.5, w)
            fit(c, 420, y, cast, 8.5, W - 450)
        y += 26
        c.text(30, y, "NOTES", 10, bold=True)
        for note in g["notes"]:
            y += 14
            fit(c, 34, y, note, 8.5, W - 68)
        grey(c)
        c.text(30, 810, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"dayhead_{key}",
        "day_weekday_header",
        "yearless 'DAY 14 - TUES 17/03' header",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _dayhead_sheets() -> list[Sheet]:
    return [
        _dayhead(
            "fremantle",
            "THE ROUNDHOUSE",
            D(2026, 3, 17),
            "06:30",
            {
                "font": "helvetica",
                "day": 14,
                "company": "Swan River Screen Pty Ltd · Fremantle WA",
                "sub": "Director: Jo Marsh · 1st AD: Dylan Hart 0412 555 014",
                "time": "au",
                "call_label": "CREW CALL",
                "call_note": "  (main gate)",
                "weather": "Hot, 33°C, sea breeze after 2pm",
                "set": "Main cell block",
                "scenes": [
                    ("41", "INT. CELL BLOCK - DAY", "D", "2 1/8", "1, 3"),
                    ("42", "EXT. EXERCISE YARD - DAY", "D", "5/8", "3, 7"),
                ],
                "notes": ["Tour groups pass the yard on the hour: hold when asked."],
                # HARD: no year on the page; the weekday pins 17/03 to 2026
                "footer": "Swan River Screen - call sheet v2",
            },
        ),
        _dayhead(
            "liverpool",
            "MERSEY BEAT",
            D(2026, 6, 4),
            "08:00",
            {
                "font": "sans",
                "day": 33,
                "company": "Pier Head Drama Ltd",
                "sub": "Series 3 · Block 4 · Director: Sian Pryce",
                "time": "h24",
                "call_label": "UNIT CALL",
                "call_note": "  at base",
                "weather": "Cloudy, 16°C",
                "set": "Council chamber and ballroom",
                "scenes": [
                    ("4/31", "INT. TOWN HALL - COUNCIL CHAMBER - DAY", "D", "3", "1, 2, 8"),
                    ("4/32", "INT. TOWN HALL - BALLROOM - NIGHT", "N", "1 2/8", "2"),
                ],
                "notes": ["Ballroom: night scene shot blacked-out, from 14:00."],
                # HARD: no year on the page; the weekday pins 04/06 to 2026
                "footer": "Pier Head Drama Ltd - please recycle",
            },
        ),
        _dayhead(
            "wellington",
            "HIGH PEWS",
            D(2026, 10, 1),
            "07:30",
            {
                "font": "condensed",
                "day": 6,
                "company": "Kōwhai Pictures Ltd · Wellington",
                "sub": "Short feature · Director: Hemi Walker",
                "time": "military",
                "call_label": "CREW CALL",
                "call_note": "  (church hall)",
                "weather": "Wind NW 40 km/h, showers, 13°C",
                "set": "Nave",
                "scenes": [
                    ("12", "INT. CHURCH - NAVE - DAY", "D", "2", "1, 2"),
                    ("13", "INT. CHURCH - VESTRY - DAY", "D", "4/8", "2"),
                ],
                "notes": ["Heritage NZ site: no gaffer tape on the timber."],
                "footer": "© 2026 Kōwhai Pictures Ltd",
            },
        ),
    ]


# --- near misses ------------------------------------------------------------------------------


def _rooming_list() -> bytes:
    """A crew hotel rooming list: dates, a hotel address, check-in times; no call, no set."""
    c = Canvas("letter", "helvetica")
    c.text(40, 50, "HIGH COUNTRY HYMNS - CREW ROOMING LIST", 13, bold=True)
    c.text(40, 66, "Hotel: Table Mountain Inn, 1310 Washington Ave, Golden, CO 80401", 9)
    c.text(40, 79, "Block: HCH0820 · Check-in 4:00 PM · Check-out 11:00 AM", 9)
    c.right(572, 50, "v2 - 8/12/2026", 9)
    y = 108.0
    heads = [("NAME", 40), ("DEPT", 170), ("ROOM", 270), ("IN", 350), ("OUT", 420), ("CONF #", 490)]
    for text, x in heads:
        c.text(x, y, text, 8.5, bold=True)
    c.hline(40, 572, y + 3)
    for name, dept, room, cin, cout, conf in [
        ("Rae Tillman", "Director", "King suite", "Tue 8/18", "Sat 8/22", "TM-40117"),
        ("Gil Arden", "Producer", "King", "Tue 8/18", "Sat 8/22", "TM-40118"),
        ("Marco Quint", "DP", "King", "Wed 8/19", "Sat 8/22", "TM-40121"),
        ("Jo Pike / Ana Ruiz", "Camera", "Double Queen", "Wed 8/19", "Sat 8/22", "TM-40122"),
        ("Sy Laurent", "Sound", "King", "Wed 8/19", "Fri 8/21", "TM-40125"),
        ("Kim Dorsey", "Gaffer", "King", "Wed 8/19", "Sat 8/22", "TM-40126"),
    ]:
        y += 15
        for text, (_, x) in zip([name, dept, room, cin, cout, conf], heads, strict=True):
            c.text(x, y, text, 9)
    y += 30
    c.text(40, y, "Late arrivals: call the front desk, (303) 555-0150, to guarantee.", 9)
    c.text(40, y + 14, "Incidentals are on your own card. Parking included (one car per room).", 9)
    return c.output()


def _residents_notice() -> bytes:
    """A filming notice to residents: dates, times, a street; a letter, not a call sheet."""
    c = Canvas("A4", "sans")
    c.text(50, 60, "Aire Valley Television Ltd", 10, bold=True)
    c.text(50, 73, "3 Wharf St, Leeds LS2 7EQ · 0113 496 0102", 8)
    c.text(50, 110, "NOTICE OF FILMING", 16, bold=True)
    c.text(50, 130, "To the residents and businesses of Call Lane and Duncan Street", 10)
    paras = [
        "Dear neighbour,",
        "We will be filming scenes for the television drama THE EXCHANGE at and around the "
        "Leeds Corn Exchange, Call Lane, Leeds LS1 7BR, on Monday 16 and Tuesday 17 March "
        "2026, between 07:00 and 19:00 each day.",
        "Parking will be suspended on the east side of Call Lane from 06:00 on Monday until "
        "20:00 on Tuesday. Pedestrian access to all homes and shops will be kept open at all "
        "times; there may be short holds of up to two minutes while the camera rolls.",
        "There will be no special effects, no gunfire and no night filming.",
        "If you have any questions, please call our location manager, Rachel Dunn, on "
        "07700 900 514, or Leeds City Council's film office.",
        "Thank you for your patience.",
    ]
    y = 160.0
    for para in paras:
        for line in wrap(c, para, 10, 495):
            c.text(50, y, line, 10)
            y += 14
        y += 8
    c.text(50, y + 10, "Rachel Dunn, Location Manager", 10)
    return c.output()


def _fitting_schedule() -> bytes:
    """A costume fitting schedule: dates, times, a wardrobe address; no crew call."""
    c = Canvas("A4", "serif")
    c.text(40, 50, "KELVIN - COSTUME FITTINGS", 14, bold=True)
    c.text(40, 66, "Costume department, Unit 4, Dawson Rd, Glasgow G4 9SS (buzzer 'Wardrobe')", 9)
    c.right(555, 50, "Week of 5 October 2026", 9)
    y = 98.0
    for text, x in [("DAY", 40), ("TIME", 150), ("ACTOR", 220), ("CHARACTER", 360), ("NOTE", 450)]:
        c.text(x, y, text, 8.5, bold=True)
    c.hline(40, 555, y + 3)
    for dayname, time, actor, role, note in [
        ("Mon 5 Oct", "10:00", "Kerry Munro", "ISLA", "Final fit, 3 looks"),
        ("Mon 5 Oct", "11:30", "Jamie Rennie", "CAL", "Coat alterations"),
        ("Tue 6 Oct", "09:30", "Pat Doyle", "GUIDE", "Uniform, 2 sizes"),
        ("Tue 6 Oct", "14:00", "Kerry Munro", "ISLA", "Wet-weather double"),
        ("Thu 8 Oct", "10:00", "SA x 12", "VISITORS", "Group fitting, 20 min each"),
    ]:
        y += 15
        for text, x in zip(
            [dayname, time, actor, role, note], [40, 150, 220, 360, 450], strict=True
        ):
            c.text(x, y, text, 9)
    y += 30
    c.text(40, y, "Please bring your own underwear / shoes as listed. Allow 45 min per fitting.", 9)
    c.text(40, y + 14, "Costume supervisor: Elspeth Gray 07700 900 377", 9)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet("other_rooming_list", "near_miss", "crew hotel rooming list", _rooming_list, OTHER),
        _sheet(
            "other_residents_notice",
            "near_miss",
            "filming notice to residents",
            _residents_notice,
            OTHER,
        ),
        _sheet(
            "other_fitting_schedule",
            "near_miss",
            "costume fitting schedule",
            _fitting_schedule,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_ka_sheets(),
        *_excel_sheets(),
        *_dual_sheets(),
        *_fest_sheets(),
        *_tear_sheets(),
        *_memo_sheets(),
        *_dayhead_sheets(),
        *_other_sheets(),
    ]
