"""Sixty-eighth held-out set: Polish call sheets in layouts the corpus lacks, in Polish towns
not yet in the corpus (`fresh67_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh67"). A film school's printed "KARTA DNIA ZDJĘCIOWEGO" form filled in on
a computer: values on dotted lines with small captions under them ("(godzina zbiórki)"),
"Zbiórka" and "Godzina rozpoczęcia zdjęć" (Świętokrzyskie: Chęciny, Wąchock, Krzyżtopór in
Ujazd); a TV series' "DZIENNY PLAN PRACY" whose sets are a ruled OBIEKT / ADRES OBIEKTU table
and whose transport table gives "wyjazd z bazy" (Subcarpathia: Krasiczyn, Baranów
Sandomierski, Jarosław); a commercial's "PLAN ZDJĘCIOWY / CALL SHEET" printed as two parallel
columns, Polish left and English right, under a head with Agencja / Klient (Lubusz: Kostrzyn nad
Odrą, Krosno Odrzańskie, Międzyrzecz); a documentary's harmonogram e-mail printed from a web
mail client, the day as time-first lines (Podlasie: Sejny, Twierdza Osowiec, Wigry); an A5
pocket plan with the minutes of its times raised ("7³⁰"), a "SZPITAL DYŻURNY / SOR" box and
"WSCHÓD / ZACHÓD SŁOŃCA" (Opole region: Głogówek, Kluczbork, Góra Świętej Anny); a music video's
"PLAN DNIA" with a vertical timeline and "CALL EKIPY" (Bóbrka, Choroszcz, Kolbuszowa). Three near
misses, all `other`: a commune's harvest festival (dożynki) programme, a parish's first
communion timetable and a hunting club's collective hunt plan.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.corpus.draw import Canvas, black, centre
from tests.corpus.formats import add_minutes
from tests.corpus.fresh_common import (
    clock,
    date_or,
    fill,
    grey_text,
    head_table,
    label_rows,
    page,
    paragraph,
    ruled_cells,
    sheet_maker,
    time_or,
    wrap,
)
from tests.corpus.fresh_skeletons import Day, family, family_tables, footer, near_misses, notice
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date


def _pl(*args: object) -> Place:
    """A Polish place: region "pl", Europe/Warsaw (name, street, city, lat, lon, hospital,
    its street, city and phone, the base's street and city)."""
    name, street, city, lat, lon, *rest = args
    return _p("pl", name, street, city, lat, lon, "Europe/Warsaw", *rest)


P: dict[str, Place] = {
    # (1) Świętokrzyskie: a film school's filled-in form
    "checiny": _pl(
        "Zamek Królewski w Chęcinach",
        "ul. Zamkowa 1",
        "26-060 Chęciny",
        50.7995,
        20.4640,
        "Wojewódzki Szpital Zespolony w Kielcach",
        "ul. Grunwaldzka 45",
        "25-736 Kielce",
        "tel. 41 367 13 00",
        "Parking przy pl. 2 Czerwca (Rynek)",
        "26-060 Chęciny",
    ),
    "wachock": _pl(
        "Opactwo Cystersów w Wąchocku",
        "ul. Kościelna 14",
        "27-215 Wąchock",
        51.0735,
        21.0125,
        "Powiatowy Zakład Opieki Zdrowotnej w Starachowicach",
        "ul. Radomska 70",
        "27-200 Starachowice",
        "tel. 41 273 91 00",
        "Parking przy Rynku, ul. Wielkowiejska",
        "27-215 Wąchock",
    ),
    "ujazd": _pl(
        "Zamek Krzyżtopór",
        "Ujazd 73",
        "27-570 Iwaniska",
        50.7226,
        21.4401,
        "ZOZ w Ostrowcu Świętokrzyskim - Szpital",
        "ul. Szymanowskiego 11",
        "27-400 Ostrowiec Świętokrzyski",
        "tel. 41 247 75 00",
        "Parking pod zamkiem (od strony wsi)",
        "27-570 Iwaniska",
    ),
    # (2) Subcarpathia: a series' DPP with an OBIEKT / ADRES OBIEKTU table
    "krasiczyn": _pl(
        "Zamek w Krasiczynie",
        "Krasiczyn 179",
        "37-741 Krasiczyn",
        49.7733,
        22.6525,
        "Wojewódzki Szpital im. św. Ojca Pio w Przemyślu",
        "ul. Monte Cassino 18",
        "37-700 Przemyśl",
        "tel. 16 677 50 19",
        "Parking przy folwarku zamkowym",
        "37-741 Krasiczyn",
    ),
    "baranow": _pl(
        "Zamek w Baranowie Sandomierskim",
        "ul. Zamkowa 20",
        "39-450 Baranów Sandomierski",
        50.4985,
        21.5415,
        "Wojewódzki Szpital im. Zofii z Zamoyskich Tarnowskiej",
        "ul. Szeroka 1",
        "39-400 Tarnobrzeg",
        "tel. 15 688 26 00",
        "Parking przy parku zamkowym, ul. Zamkowa",
        "39-450 Baranów Sandomierski",
    ),
    "jaroslaw": _pl(
        "Kamienica Orsettich (Muzeum w Jarosławiu)",
        "Rynek 4",
        "37-500 Jarosław",
        50.0165,
        22.6790,
        "Szpital Powiatowy w Jarosławiu",
        "ul. 3 Maja 70",
        "37-500 Jarosław",
        "tel. 16 621 03 71",
        "Parking przy ul. Sobieskiego",
        "37-500 Jarosław",
    ),
    # (3) Lubusz: a commercial in two parallel columns, Polish and English
    "kostrzyn": _pl(
        "Muzeum Twierdzy Kostrzyn (Stare Miasto)",
        "ul. Graniczna 2",
        "66-470 Kostrzyn nad Odrą",
        52.5855,
        14.6465,
        "Wielospecjalistyczny Szpital Wojewódzki w Gorzowie Wlkp.",
        "ul. Dekerta 1",
        "66-400 Gorzów Wielkopolski",
        "tel. 95 733 11 00",
        "Parking przy ul. Granicznej (Brama Berlińska)",
        "66-470 Kostrzyn nad Odrą",
    ),
    "krosno_odrz": _pl(
        "Zamek Piastowski w Krośnie Odrzańskim",
        "ul. Szkolna 1",
        "66-600 Krosno Odrzańskie",
        52.0478,
        15.1006,
        "Szpital Uniwersytecki w Zielonej Górze",
        "ul. Zyty 26",
        "65-046 Zielona Góra",
        "tel. 68 329 60 00",
        "Parking przy bulwarze nad Odrą, ul. Poznańska",
        "66-600 Krosno Odrzańskie",
    ),
    "miedzyrzecz": _pl(
        "Muzeum Ziemi Międzyrzeckiej (zamek)",
        "ul. Podzamcze 1",
        "66-300 Międzyrzecz",
        52.4470,
        15.5830,
        "Wielospecjalistyczny Szpital Wojewódzki w Gorzowie Wlkp.",
        "ul. Dekerta 1",
        "66-400 Gorzów Wielkopolski",
        "tel. 95 733 11 00",
        "Parking przy ul. Podzamcze (fosa)",
        "66-300 Międzyrzecz",
    ),
    # (4) Podlasie: a documentary's harmonogram e-mail
    "sejny": _pl(
        "Biała Synagoga (Ośrodek „Pogranicze”)",
        "ul. Piłsudskiego 37",
        "16-500 Sejny",
        54.1085,
        23.3500,
        "Szpital Wojewódzki im. dr. Ludwika Rydygiera w Suwałkach",
        "ul. Szpitalna 60",
        "16-400 Suwałki",
        "tel. 87 562 94 00",
        "Parking przy bazylice, ul. Piłsudskiego",
        "16-500 Sejny",
    ),
    "osowiec": _pl(
        "Twierdza Osowiec (Biebrzański Park Narodowy)",
        "Osowiec-Twierdza 8",
        "19-110 Goniądz",
        53.4810,
        22.6450,
        "Szpital Wojewódzki im. Kardynała Stefana Wyszyńskiego w Łomży",
        "al. Piłsudskiego 11",
        "18-404 Łomża",
        "tel. 86 473 30 00",
        "Parking przy dyrekcji parku, Osowiec-Twierdza 8",
        "19-110 Goniądz",
    ),
    "wigry": _pl(
        "Pokamedulski Klasztor w Wigrach",
        "Wigry 11",
        "16-402 Suwałki",
        54.0650,
        23.0820,
        "Szpital Wojewódzki im. dr. Ludwika Rydygiera w Suwałkach",
        "ul. Szpitalna 60",
        "16-400 Suwałki",
        "tel. 87 562 94 00",
        "Parking przy przystani, Wigry",
        "16-402 Suwałki",
    ),
    # (5) Opole region: an A5 pocket plan with raised minutes
    "glogowek": _pl(
        "Zamek Oppersdorffów w Głogówku",
        "ul. Zamkowa 1",
        "48-250 Głogówek",
        50.3530,
        17.8640,
        "Prudnickie Centrum Medyczne",
        "ul. Szpitalna 14",
        "48-200 Prudnik",
        "tel. 77 406 70 00",
        "Parking przy Rynku, ul. Kościuszki",
        "48-250 Głogówek",
    ),
    "kluczbork": _pl(
        "Muzeum im. Jana Dzierżona",
        "ul. Zamkowa 6",
        "46-200 Kluczbork",
        50.9720,
        18.2150,
        "Szpital Powiatowy w Kluczborku",
        "ul. Katowicka 26",
        "46-200 Kluczbork",
        "tel. 77 418 11 00",
        "Parking przy ul. Mickiewicza",
        "46-200 Kluczbork",
    ),
    "gora_anny": _pl(
        "Sanktuarium św. Anny",
        "ul. Klasztorna 1",
        "47-154 Góra Świętej Anny",
        50.4555,
        18.1675,
        "Uniwersytecki Szpital Kliniczny w Opolu",
        "al. Witosa 26",
        "45-401 Opole",
        "tel. 77 452 07 00",
        "Parking przy ul. Leśnej (dom pielgrzyma)",
        "47-154 Góra Świętej Anny",
    ),
    # (6) a music video's plan dnia
    "bobrka": _pl(
        "Muzeum Przemysłu Naftowego i Gazowniczego im. I. Łukasiewicza",
        "Bóbrka 1",
        "38-458 Chorkówka",
        49.6340,
        21.7150,
        "Wojewódzki Szpital Podkarpacki im. Jana Pawła II w Krośnie",
        "ul. Korczyńska 57",
        "38-400 Krosno",
        "tel. 13 437 80 00",
        "Parking muzealny przy bramie",
        "38-458 Chorkówka",
    ),
    "choroszcz": _pl(
        "Muzeum Wnętrz Pałacowych (Pałac Branickich w Choroszczy)",
        "ul. Dominikańska 2",
        "16-070 Choroszcz",
        53.1440,
        22.9890,
        "Uniwersytecki Szpital Kliniczny w Białymstoku",
        "ul. M. Skłodowskiej-Curie 24A",
        "15-276 Białystok",
        "tel. 85 831 83 23",
        "Parking przy kościele, ul. Dominikańska",
        "16-070 Choroszcz",
    ),
    "kolbuszowa": _pl(
        "Muzeum Kultury Ludowej w Kolbuszowej (skansen)",
        "ul. Brzozowa 2",
        "36-100 Kolbuszowa",
        50.2440,
        21.7630,
        "Kliniczny Szpital Wojewódzki nr 2 im. św. Jadwigi Królowej",
        "ul. Lwowska 60",
        "35-301 Rzeszów",
        "tel. 17 866 40 00",
        "Parking skansenu, ul. Brzozowa",
        "36-100 Kolbuszowa",
    ),
}

PL_WD = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
PL_WD_SHORT = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."]
PL_MON_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca"]
PL_MON_GEN += ["sierpnia", "września", "października", "listopada", "grudnia"]
PL_MON_ABBR = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the Polish ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "colon": f"{h}:{m:02d}",  # "7:30"
        "dot": f"{h}.{m:02d}",  # "7.30"
        "zero": f"{h:02d}:{m:02d}",  # "07:30"
        "godz": f"godz. {h}:{m:02d}",  # "godz. 7:30"
        "godz_dot": f"godz. {h}.{m:02d}",  # "godz. 7.30"
        "godz_zero": f"godz. {h:02d}:{m:02d}",  # "godz. 07:30"
        "am": f"{h12}:{m:02d} {ap.lower()}",  # "6:30 am"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the Polish ones this set prints."""
    wd, mi = d.weekday(), d.month - 1
    forms = {
        "gen": f"{d.day} {PL_MON_GEN[mi]} {d.year} r.",  # "9 listopada 2027 r."
        "wd_gen": f"{PL_WD[wd]}, {d.day} {PL_MON_GEN[mi]} {d.year} r.",
        "gen_wd": f"{d.day} {PL_MON_GEN[mi]} {d.year} ({PL_WD[wd]})",
        "gen_wd_noyear": f"{d.day} {PL_MON_GEN[mi]} ({PL_WD[wd]})",  # "9 listopada (wtorek)"
        "short": f"{PL_WD_SHORT[wd]} {d.day}.{d.month:02d}.{d.year}",  # "wt. 9.11.2027"
        "dot_r": f"{d.day}.{d.month:02d}.{d.year} r.",  # "9.11.2027 r."
        "wd_dot_r": f"{PL_WD[wd]}, {d.day}.{d.month:02d}.{d.year} r.",
        "zero": f"{d:%d.%m.%Y}",  # "09.11.2027"
        "roman_sp": f"{PL_WD[wd]} {d.day} {ROMAN[mi]} {d.year}",  # "czwartek 17 VI 2027"
        "roman_sp_r": f"{d.day} {ROMAN[mi]} {d.year} r.",
        "en": f"{EN_WD[wd]}, {d.day} {d:%B} {d.year}",  # "Thursday, 10 June 2027"
        "en_us": f"{EN_WD[wd]}, {d:%B} {d.day}, {d.year}",  # "Thursday, June 10, 2027"
        "mail": f"{PL_WD_SHORT[wd]}, {d.day} {PL_MON_ABBR[mi]} {d.year}",  # "pon., 8 lis 2027"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh67")
_table = partial(head_table, size=7.5, lead=12)
_family = partial(family, _sheet, P)
_day_tables = partial(family_tables, _table, hm)


def _tables(c: Canvas, x0: float, y: float, right: float, spec: Day, heads: dict) -> float:
    """The day's scenes, cast and crew in the family's words (`heads`), its notes under them."""
    return _day_tables(
        c,
        x0,
        y,
        right,
        spec,
        style=spec.g["table_style"],
        scenes=heads["scenes"],
        cast=heads["cast"],
        steps=heads["steps"],
        crew=heads.get("crew"),
        notes=(heads["notes"], 8.5, 7.5, 10) if heads.get("notes") else None,
    )


def _at(call: str, off: int, t: str) -> str:
    """The time `off` minutes from the call as the sheet writes it in style `t`."""
    return hm(add_minutes(call, off), t)


def _hospital(p: Place) -> list[str]:
    return [p.hospital, p.hospital_street, p.hospital_city, f"{p.hospital_phone} (SOR)"]


def sup_time(
    c: Canvas,
    x: float,
    y: float,
    hhmm: str,
    size: float,
    *,
    bold: bool = False,
    underline: bool = False,
) -> float:
    """A time with its minutes raised in small type over the hour's baseline ("7³⁰"), as Polish
    notices print hours; the minutes underlined if told. Returns its width."""
    h, m, _, _ = clock(hhmm)
    w = c.text(x, y, str(h), size, bold=bold)
    small = size * 0.58
    mw = c.text(x + w + 0.6, y - size * 0.38, f"{m:02d}", small, bold=bold)
    if underline:
        c.hline(x + w + 0.6, x + w + 0.6 + mw, y - size * 0.38 + 1.5, 0.5)
    return w + 0.6 + mw


# --- (1) Świętokrzyskie: a film school's KARTA DNIA ZDJĘCIOWEGO filled in on a computer --------

KD_HEADS = {
    "scenes": (["Sc.", "Obiekt / opis", "P/W", "D/N", "Postacie"], [0, 30, 300, 340, 380]),
    "cast": (["Aktor / aktorka", "Rola", "Charakteryzacja", "Na planie"], [0, 130, 250, 360]),
    "steps": [-45, 0],
    "notes": "Uwagi",
}


def _field(
    c: Canvas, x: float, y: float, w: float, value: str, caption: str, *, bold: bool = False
) -> None:
    """A form's field: the value typed in dark blue on a dotted line, its caption in small grey
    type under the line, as Polish printed forms put it ("(godzina zbiórki)")."""
    c.pdf.set_text_color(20, 40, 120)
    fit(c, x + 2, y - 2, value, 10, w - 4, bold=bold)
    black(c)
    c.pdf.set_dash_pattern(dash=1, gap=1.5)
    c.hline(x, x + w, y + 1, 0.4)
    c.pdf.set_dash_pattern()
    grey_text(c, x + 2, y + 8, caption, 6, 110)


def _comb(c: Canvas, x: float, y: float, d: D) -> None:
    """A date typed digit by digit into a form's comb of boxes, dd - mm - rrrr."""
    digits = f"{d:%d}-{d:%m}-{d:%Y}"
    xx = x
    for ch in digits:
        if ch == "-":
            c.text(xx + 1.5, y - 3, "-", 10)
            xx += 9
            continue
        c.box(xx, y - 13, 13, 16, 0.5)
        c.pdf.set_text_color(20, 40, 120)
        c.text(xx + 3.5, y - 1, ch, 10)
        black(c)
        xx += 13
    grey_text(c, x + 2, y + 10, "(dzień - miesiąc - rok)", 6, 110)


@_family(
    "pl_szkola_karta_dnia",
    "a Polish film school's printed 'KARTA DNIA ZDJĘCIOWEGO' filled in on a computer, A4: the "
    "school centred with the faculty and 'etiuda ... II rok', a form number top right; fields "
    "on dotted lines with small captions under them ('(tytuł etiudy)', '(godzina zbiórki)', "
    "'(miejsce zbiórki)'), the values in blue: Data zdjęć (or a comb of boxes: HARD), "
    "'Zbiórka' ('7.30', 'godz. 8:00'), 'Godzina rozpoczęcia zdjęć', 'Przewidywane "
    "zakończenie', obiekt and address, parking, 'Najbliższy szpital z SOR', wschód / zachód; "
    "scenes, cast, notes; signature lines for the student producer and the tutor",
    name="kd_{key}",
)
def _kd(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    c, x0, right = page("A4", "serif", margin=50.0)
    w = right - x0
    for i, ln in enumerate(g["school"]):
        centre(c, 44 + i * 12, ln, 9.5 if i == 0 else 8, bold=i == 0)
    c.right(right, 30, g["form_no"], 6.5)
    centre(c, 92, "KARTA DNIA ZDJĘCIOWEGO", 15)
    centre(c, 106, g["kind"], 8.5, bold=False)
    y = 136.0
    half = (w - 16) / 2
    _field(c, x0, y, w, f"„{title}”", "(tytuł etiudy)", bold=True)
    y += 26
    _field(c, x0, y, half, g["director"], "(reżyser - student)")
    _field(c, x0 + half + 16, y, half, g["tutor"], "(opiekun pedagogiczny)")
    y += 26
    _field(c, x0, y, half, g["producer"], "(kierownik produkcji - student)")
    _field(c, x0 + half + 16, y, half, g["day_n"], "(dzień zdjęciowy / liczba dni)")
    y += 30
    c.text(x0, y - 2, "Data zdjęć:", 9, bold=True)
    if layout == "comb":
        # HARD (wachock): the date only as digits typed into a comb of boxes
        _comb(c, x0 + 90, y, day)
    else:
        _field(c, x0 + 90, y, w - 90, day_text(day, g["date_style"]), "(dzień tygodnia, data)")
    y += 30
    c.text(x0, y - 2, "Zbiórka:", 9, bold=True)
    _field(c, x0 + 90, y, 90, hm(call, t), "(godzina zbiórki)", bold=True)
    _field(c, x0 + 195, y, w - 195, g["call_where"], "(miejsce zbiórki)")
    y += 26
    rows = [
        ("Godzina rozpoczęcia zdjęć:", _at(call, g["start"], t)),
        ("Przerwa obiadowa:", _at(call, g["lunch"], t)),
        ("Przewidywane zakończenie:", _at(call, g["end"], t)),
    ]
    for lab, val in rows:
        c.text(x0, y - 2, lab, 9, bold=True)
        _field(c, x0 + 150, y, 90, val, "(godzina)")
        y += 22
    c.text(x0 + 270, y - 66 - 2, "Wschód słońca:", 9, bold=True)
    _field(c, x0 + 350, y - 66, 60, hm(rise, t), "(godz.)")
    c.text(x0 + 270, y - 44 - 2, "Zachód słońca:", 9, bold=True)
    _field(c, x0 + 350, y - 44, 60, hm(fall, t), "(godz.)")
    y += 8
    c.text(x0, y - 2, "Obiekt zdjęciowy:", 9, bold=True)
    _field(c, x0 + 110, y, w - 110, f"{p.name} - {g['set']}", "(nazwa obiektu, wnętrze / plener)")
    y += 24
    _field(c, x0 + 110, y, w - 110, f"{p.street}, {p.city}", "(adres obiektu)")
    y += 24
    c.text(x0, y - 2, "Dojazd / parking:", 9, bold=True)
    _field(c, x0 + 110, y, w - 110, f"{p.base_street}, {p.base_city}", "(gdzie parkują auta)")
    y += 24
    c.text(x0, y - 2, "Najbliższy szpital z SOR:", 9, bold=True)
    _field(c, x0 + 140, y, w - 140, p.hospital, "(nazwa)")
    y += 24
    _field(
        c,
        x0 + 140,
        y,
        w - 140,
        f"{p.hospital_street}, {p.hospital_city}, {p.hospital_phone}",
        "(adres, telefon)",
    )
    y += 24
    c.text(x0, y - 2, "Odbiór sprzętu z wypożyczalni:", 9, bold=True)
    _field(c, x0 + 170, y, w - 170, g["gear"], "(dzień, godzina, kto odbiera)")
    y = _tables(c, x0, y + 26, right, spec, KD_HEADS)
    y = max(y + 30, 760.0)
    for k, lab in enumerate(["(podpis kierownika produkcji)", "(podpis opiekuna pedagogicznego)"]):
        xx = x0 + k * (half + 16)
        c.pdf.set_dash_pattern(dash=1, gap=1.5)
        c.hline(xx, xx + half, y, 0.4)
        c.pdf.set_dash_pattern()
        grey_text(c, xx + 2, y + 8, lab, 6, 110)
    footer(c, g["footer"], x0)
    return c.output()


def _kd_sheets() -> list[Sheet]:
    return [
        _kd(
            "checiny",
            "Kamień z czerwonej góry",
            D(2027, 5, 13),
            "07:30",
            {
                "time_style": "dot",
                "table_style": "dot",
                "date_style": "wd_gen",
                "school": [
                    "WARSZAWSKA SZKOŁA FILMOWA",
                    "Wydział Reżyserii · Pracownia Produkcji",
                    "ul. Wałbrzyska 3/5, 02-739 Warszawa",
                ],
                "form_no": "druk WSF/PP-3 (karta dnia)",
                "kind": "etiuda fabularna - II rok, semestr letni 2026/27",
                "director": "Zuzanna Pietrzyk",
                "tutor": "dr Tomasz Wiącek",
                "producer": "Filip Drozd",
                "day_n": "2 z 4",
                "call_where": "dziedziniec zamku, przy baszcie południowej",
                "start": 75,
                "lunch": 330,
                "end": 630,
                "set": "baszta i mury (plener)",
                "gear": "12.05, godz. 16.00, wypożyczalnia WSF - F. Drozd, bus WSF",
                "scenes": [
                    ("7", "Baszta - Jagna wspina się na mur", "P", "D", "JAGNA"),
                    ("8", "Mury - rozmowa z ojcem", "P", "D", "JAGNA, OJCIEC"),
                ],
                "cast": [("Maja Ryś", "JAGNA", 0), ("Henryk Zawadzki", "OJCIEC", 60)],
                "notes": [
                    "Zamek otwarty dla turystów od 10.00 - do tego czasu kręcimy na murach; "
                    "potem dziedziniec. Kaski dla ekipy na basztach.",
                ],
                "footer": "WSF · karta dnia zdjęciowego · etiuda „Kamień z czerwonej góry”",
            },
        ),
        _kd(
            "wachock",
            "Brat furtian",
            D(2026, 10, 14),
            "08:00",
            {
                "layout": "comb",
                "time_style": "godz",
                "table_style": "colon",
                "date_style": "dot_r",
                "school": [
                    "MISTRZOWSKA SZKOŁA REŻYSERII FILMOWEJ ANDRZEJA WAJDY",
                    "Program Fabularny · kurs 2026",
                    "ul. Chełmska 21, 00-724 Warszawa",
                ],
                "form_no": "Szkoła Wajdy - karta dnia zdjęciowego, wzór 2",
                "kind": "etiuda fabularna - ćwiczenie „Milczenie”",
                "director": "Bartłomiej Kaczor",
                "tutor": "Joanna Grodzka (opiekun artystyczny)",
                "producer": "Oliwia Madej",
                "day_n": "1 z 2",
                "call_where": "furta klasztorna od strony Rynku",
                "start": 90,
                "lunch": 300,
                "end": 600,
                "set": "krużganek i kapitularz",
                "gear": "13.10, godz. 15:00 - kamera i światło z magazynu szkoły (O. Madej)",
                "scenes": [
                    ("2", "Krużganek - furtian otwiera bramę", "W", "D", "FURTIAN"),
                    ("3", "Kapitularz - przeor i gość", "W", "D", "PRZEOR, GOŚĆ"),
                ],
                "cast": [
                    ("Stanisław Lech", "FURTIAN", 0),
                    ("Wiesław Gaj", "PRZEOR", 60),
                    ("Kacper Brzoza", "GOŚĆ", 90),
                ],
                "notes": ["Cisza w klasztorze: bez krótkofalówek w krużganku, tylko słuchawki."],
                "footer": "Szkoła Wajdy · karta dnia zdjęciowego · „Brat furtian”",
            },
        ),
        _kd(
            "ujazd",
            "Okna na cały rok",
            D(2027, 9, 23),
            "06:15",
            {
                "time_style": "zero",
                "table_style": "zero",
                "date_style": "gen_wd",
                "school": [
                    "GDYŃSKA SZKOŁA FILMOWA",
                    "Specjalność: reżyseria · rok II",
                    "ul. Bernarda Chrzanowskiego 10, 81-338 Gdynia",
                ],
                "form_no": "GSF / formularz 4b",
                "kind": "etiuda dokumentalno-fabularna - II rok",
                "director": "Igor Sadowski",
                "tutor": "Magdalena Rejent",
                "producer": "Natalia Kopeć",
                "day_n": "3 z 3",
                "call_where": "parking pod zamkiem - odprawa BHP",
                "start": 45,
                "lunch": 360,
                "end": 690,
                "set": "dziedziniec i sala balowa (ruiny)",
                "gear": "wszystko na miejscu od dnia 1 (auto GSF)",
                "scenes": [
                    ("11", "Dziedziniec - świt nad ruinami", "P", "D", "-"),
                    ("12", "Sala balowa - przewodniczka liczy okna", "P", "D", "PRZEWODNICZKA"),
                ],
                "cast": [("Alicja Tomczyk", "PRZEWODNICZKA", 45)],
                "notes": [
                    "Ruiny: poza wyznaczone ścieżki tylko z kierownikiem obiektu. Latarki "
                    "czołowe do piwnic.",
                ],
                "footer": "GSF · karta dnia zdjęciowego · „Okna na cały rok”",
            },
        ),
    ]


# --- (2) Subcarpathia: a series' DPP with an OBIEKT / ADRES OBIEKTU table and transport --------

OB_HEADS = {
    "scenes": (
        ["Obr.", "Ob.", "Opis", "W/P", "D/N", "Str.", "Obsada"],
        [0, 28, 50, 310, 345, 380, 415],
    ),
    "cast": (["Obsada", "Rola", "Charakt./kost.", "Na planie"], [0, 120, 240, 360]),
    "steps": [-60, 0],
    "notes": "UWAGI",
}


@_family(
    "pl_serial_obiekty_tabela",
    "a Polish TV series' 'DZIENNY PLAN PRACY nr 41', A4: the house left, the number, "
    "'SERIAL „...”', 'odc. 7, 8' and the date right; 'ZBIÓRKA EKIPY: 6:00 - baza (...)' in a "
    "bold line; a ruled OBIEKTY table (Lp. / OBIEKT / ADRES OBIEKTU / SCENY / GODZ.) with two "
    "or three sets; a TRANSPORT table (KTO / ZBIÓRKA / WYJAZD Z BAZY / DOKĄD), whose 'Ekipa' "
    "row alone gives the crew call on one sheet (HARD); BAZA and SZPITAL (SOR) boxes; sun; "
    "scenes by obiekt, cast, notes",
    name="ob_{key}",
)
def _ob(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=32.0)
    w = right - x0
    c.text(x0, 42, g["company"], 10, bold=True)
    grey_text(c, x0, 53, g["company_line"], 7, 100)
    c.right(right, 42, f"DZIENNY PLAN PRACY nr {g['n']}", 13, bold=True)
    c.right(right, 56, f"SERIAL „{title}” · {g['episodes']}", 9)
    c.hline(x0, right, 62, 1.2)
    c.text(x0, 80, day_text(day, g["date_style"]), 12, bold=True)
    c.right(right, 80, f"dzień zdjęciowy {g['day_n']}", 9)
    y = 98.0
    if layout != "transport_only":
        c.text(x0, y, f"ZBIÓRKA EKIPY: {hm(call, t)} - {g['call_where']}", 11, bold=True)
        y += 14
    label_rows(
        c,
        x0,
        y,
        right,
        [("Reżyser", g["director"]), ("II reżyser", g["ad"]), ("Kierownik planu", g["manager"])],
        8,
        80,
        10,
    )
    y += 36
    c.text(x0, y, "OBIEKTY", 9, bold=True)
    y += 14
    objects = [(p.name, f"{p.street}, {p.city}", *g["obj1"]), *g["objects"]]
    xs = [0, 24, 190, 390, 455]
    y = _table(
        c,
        x0,
        y,
        ["Lp.", "OBIEKT", "ADRES OBIEKTU", "SCENY", "GODZ."],
        xs,
        [(str(i), *row) for i, row in enumerate(objects, 1)],
        right,
        ruled=True,
        lead=14,
    )
    y += 6
    c.text(x0, y, "TRANSPORT - WYJAZDY Z BAZY", 9, bold=True)
    y += 14
    rows = [
        (who, _at(call, zb, t), _at(call, wy, t), where) for who, zb, wy, where in g["transport"]
    ]
    y = _table(
        c,
        x0,
        y,
        ["KTO", "ZBIÓRKA", "WYJAZD Z BAZY", "DOKĄD / UWAGI"],
        [0, 150, 230, 330],
        rows,
        right,
        ruled=True,
        lead=14,
    )
    y += 4
    blocks = [
        ("BAZA / PARKING TECHNICZNY", [p.base_street, p.base_city, g["base_note"]]),
        ("SZPITAL DYŻURNY (SOR)", _hospital(p)),
    ]
    ruled_cells(c, x0, y, w / 2, blocks, 54, 0.6, label_size=7, size=8, lead=10)
    y += 68
    c.text(x0, y, f"Wschód słońca: {hm(rise, t)}    Zachód słońca: {hm(fall, t)}", 8.5)
    c.right(right, y, f"Pogoda: {g['weather']}", 8.5)
    y = _tables(c, x0, y + 18, right, spec, OB_HEADS)
    footer(c, g["footer"], x0)
    return c.output()


def _ob_sheets() -> list[Sheet]:
    return [
        _ob(
            "krasiczyn",
            "Dwór pod lipami",
            D(2027, 6, 22),
            "06:00",
            {
                "time_style": "colon",
                "table_style": "colon",
                "date_style": "wd_dot_r",
                "company": "PODKARPACKA WYTWÓRNIA FILMOWA",
                "company_line": "ul. Grunwaldzka 14, 37-700 Przemyśl · biuro@pwf.example",
                "n": "41",
                "episodes": "odc. 7, 8",
                "day_n": "41/96",
                "call_where": "baza, parking przy folwarku zamkowym",
                "director": "Grzegorz Pająk",
                "ad": "Ewelina Sobczak",
                "manager": "Dariusz Krupa",
                "set": "",
                "obj1": ("7/12, 7/13, 8/4", "6:45-13:00"),
                "objects": [
                    (
                        "Park zamkowy - aleja lipowa",
                        "Krasiczyn (wejście od drogi 28)",
                        "8/9",
                        "14:00-16:30",
                    ),
                ],
                "transport": [
                    ("Ekipa (wszystkie piony)", 0, 15, "Ob. 1 - dziedziniec zamku"),
                    ("Obsada (hotel w Przemyślu)", -60, -50, "bus 2 - charakteryzacja w bazie"),
                    ("Scenografia", -90, -80, "Ob. 1, potem Ob. 2 od 11:00"),
                ],
                "base_note": "Charakteryzacja i kostiumy w oficynie",
                "weather": "słonecznie, 15-27 °C",
                "scenes": [
                    ("7/12", "1", "Arkady - Róża czyta list", "P", "D", "1 1/8", "1"),
                    ("7/13", "1", "Sala rycerska - kolacja", "W", "N*", "2 4/8", "1-5"),
                    ("8/9", "2", "Aleja lipowa - pojedynek", "P", "D", "1", "2, 3"),
                ],
                "cast": [
                    ("Aleksandra Wilk", "RÓŻA", 0),
                    ("Maksymilian Ptak", "HRABIA", 30),
                    ("Jerzy Bogdan", "RZĄDCA", 120),
                ],
                "notes": ["*Noc w dzień: okna sali rycerskiej zaciemnione od 6:30."],
                "footer": "PWF · „Dwór pod lipami” · DPP 41 · wysłano 21.06.2027, 20:40",
            },
        ),
        _ob(
            "baranow",
            "Dwór pod lipami",
            D(2026, 9, 8),
            "06:30",
            {
                "time_style": "dot",
                "table_style": "dot",
                "date_style": "wd_gen",
                "company": "PODKARPACKA WYTWÓRNIA FILMOWA",
                "company_line": "ul. Grunwaldzka 14, 37-700 Przemyśl",
                "n": "12",
                "episodes": "odc. 2, 3, 5",
                "day_n": "12/96",
                "call_where": "baza przy parku zamkowym",
                "director": "Grzegorz Pająk",
                "ad": "Ewelina Sobczak",
                "manager": "Tadeusz Rak",
                "set": "",
                "obj1": ("2/4, 2/5", "7.30-12.30"),
                "objects": [
                    (
                        "Kościół parafialny - kruchta",
                        "ul. Kościelna 1, Baranów Sandomierski",
                        "3/1",
                        "13.30-15.00",
                    ),
                    (
                        "Przeprawa przez Wisłę (brzeg)",
                        "Baranów Sandomierski, ul. Wiślana",
                        "5/10",
                        "16.00-18.30",
                    ),
                ],
                "transport": [
                    ("Ekipa", 0, 15, "Ob. 1 - dziedziniec arkadowy"),
                    ("Obsada (hotel „Zamek”)", -45, -40, "charakteryzacja w bazie"),
                    ("Przejazd Ob. 1 → Ob. 2", 360, 375, "bus 1 i 2, sprzęt w kolumnie"),
                ],
                "base_note": "Catering w namiocie przy oranżerii",
                "weather": "pochmurno, 11-19 °C",
                "scenes": [
                    ("2/4", "1", "Dziedziniec - przyjazd gości", "P", "D", "2", "1-6"),
                    ("2/5", "1", "Galeria - Róża podsłuchuje", "P", "D", "6/8", "1"),
                    ("3/1", "2", "Kruchta - chrzciny", "W", "D", "1 2/8", "1, 4"),
                    ("5/10", "3", "Brzeg Wisły - prom", "P", "D", "1", "2, 3"),
                ],
                "cast": [("Aleksandra Wilk", "RÓŻA", 0), ("Maksymilian Ptak", "HRABIA", 45)],
                "notes": ["Na brzegu Wisły kamizelki dla wszystkich w pasie 5 m od wody."],
                "footer": "PWF · „Dwór pod lipami” · DPP 12",
            },
        ),
        _ob(
            "jaroslaw",
            "Kupcy z Rynku",
            D(2027, 3, 2),
            "07:00",
            {
                # HARD: no crew call line; the crew's call only in the transport table's
                # 'Ekipa' row, after the cast's and the art department's earlier calls
                "layout": "transport_only",
                "time_style": "zero",
                "table_style": "zero",
                "date_style": "short",
                "company": "JAROSŁAWSKIE STUDIO SERIALOWE",
                "company_line": "ul. Grodzka 5, 37-500 Jarosław",
                "n": "5",
                "episodes": "odc. 1",
                "day_n": "5/40",
                "call_where": "",
                "director": "Paulina Żak",
                "ad": "Mikołaj Domański",
                "manager": "Roman Ciupa",
                "set": "",
                "obj1": ("1/14, 1/15", "07:45-12:00"),
                "objects": [
                    (
                        "Podziemna Trasa Turystyczna",
                        "ul. Grodzka 1, 37-500 Jarosław",
                        "1/22",
                        "13:00-17:00",
                    ),
                ],
                "transport": [
                    ("Scenografia", -90, -80, "Ob. 1 - sień kamienicy"),
                    ("Obsada", -60, -55, "charakteryzacja w bazie"),
                    ("Ekipa", 0, 10, "Ob. 1 - Rynek 4 (pieszo)"),
                ],
                "base_note": "Wozy techniczne od 5:30, prąd z agregatu",
                "weather": "zimno, od -2 do 5 °C, możliwy śnieg",
                "scenes": [
                    ("1/14", "1", "Sień - kupiec liczy towar", "W", "D", "1", "1, 2"),
                    ("1/15", "1", "Rynek - jarmark", "P", "D", "2", "1-8"),
                    ("1/22", "2", "Piwnice - kryjówka", "W", "N", "1 4/8", "2, 3"),
                ],
                "cast": [("Cezary Pawlik", "KUPIEC", 0), ("Dominika Gil", "SARA", 30)],
                "notes": ["Rynek zamknięty dla ruchu 6:00-13:00 (zgoda UM nr 14/2027)."],
                "footer": "JSS · „Kupcy z Rynku” · DPP 5",
            },
        ),
    ]


# --- (3) Lubusz: a commercial's plan in two parallel columns, Polish and English --------------

RW_HEADS = {
    "scenes": (["Ujęcie / Shot", "Opis / Description", "Talent", "Czas / Time"], [0, 70, 330, 430]),
    "cast": (["Talent", "Rola / Role", "MUA", "Na planie / On set"], [0, 130, 260, 360]),
    "steps": [-60, 0],
    "notes": "",
}


def _in_order(
    call_label: str, call_text: str, times: list[tuple[str, int]], call: str, t: str
) -> list[tuple[str, str]]:
    """A column's time rows in the day's order: those before the call, the call, the rest."""
    before = [(lab, _at(call, off, t)) for lab, off in times if off < 0]
    after = [(lab, _at(call, off, t)) for lab, off in times if off >= 0]
    return [*before, (call_label, call_text), *after]


@_family(
    "pl_en_rownolegle",
    "a commercial's 'PLAN ZDJĘCIOWY / CALL SHEET', A4: a grey head with the house, the spot "
    "('„...” - spot 30\"'), Klient / Client and Agencja / Agency, 'Dzień zdjęciowy / Shoot "
    "day 1/2'; the page below in two parallel columns with a rule between, POLSKI left and "
    "ENGLISH right, each the whole sheet in its language: Data / Date ('czwartek, 10 czerwca "
    "2027 r.' / 'Thursday, 10 June 2027'), Zbiórka ekipy / Crew call, Call agencji / Agency "
    "call, Obiad / Lunch, Koniec / Wrap, Lokalizacja / Location, Baza / Unit base, Szpital "
    "(SOR) / Hospital (A&E), wschód / sunrise; shots and talent across the page",
    name="rw_{key}",
)
def _rw(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "helvetica", margin=34.0)
    w = right - x0
    fill(c, x0, 28, w, 58, 230)
    c.text(x0 + 8, 44, g["house"], 10, bold=True)
    c.text(x0 + 8, 56, f"„{title}” - {g['spot']}", 11, bold=True)
    c.text(x0 + 8, 70, f"Klient / Client: {g['client']}", 8)
    c.text(x0 + 8, 80, f"Agencja / Agency: {g['agency']}", 8)
    c.right(right - 8, 44, "PLAN ZDJĘCIOWY / CALL SHEET", 10, bold=True)
    c.right(right - 8, 58, f"Dzień zdjęciowy / Shoot day {g['day_n']}", 8)
    c.right(right - 8, 70, f"wersja / version {g['version']}", 7.5)
    col = (w - 20) / 2
    xl, xr = x0, x0 + col + 20
    c.vline(x0 + col + 10, 100, 520, 0.6)
    en_t = g.get("en_time", t)
    pl_times = [(pl, off) for pl, _, off in g["times"]]
    en_times = [(en, off) for _, en, off in g["times"]]
    sides = [
        (
            xl,
            "POLSKI",
            [
                ("Data", day_text(day, g["date_style"])),
                *_in_order(g["pl_call"], hm(call, t), pl_times, call, t),
                ("Wschód / zachód słońca", f"{hm(rise, t)} / {hm(fall, t)}"),
            ],
            [
                ("LOKALIZACJA", [p.name, p.street, p.city, g["set"]]),
                ("BAZA / PARKING", [p.base_street, p.base_city]),
                ("SZPITAL (SOR)", _hospital(p)),
            ],
            g["notes_pl"],
            "Uwagi",
        ),
        (
            xr,
            "ENGLISH",
            [
                ("Date", day_text(day, g["en_date"])),
                *_in_order(g["en_call"], hm(call, en_t), en_times, call, en_t),
                ("Sunrise / sunset", f"{hm(rise, en_t)} / {hm(fall, en_t)}"),
            ],
            [
                ("LOCATION", [p.name, p.street, p.city, g["set_en"]]),
                ("UNIT BASE / PARKING", [p.base_street, p.base_city]),
                ("HOSPITAL (A&E)", [*_hospital(p)[:3], p.hospital_phone]),
            ],
            g["notes_en"],
            "Notes",
        ),
    ]
    for xx, head, rows, blocks, notes, notes_head in sides:
        grey_text(c, xx, 106, head, 7.5, 110, bold=True)
        yy = 124.0
        for lab, val in rows:
            big = lab in (g["pl_call"], g["en_call"])
            fit(c, xx, yy, lab, 8.5, 112, bold=True)
            fit(c, xx + 118, yy, val, 11 if big else 9, col - 120, bold=big)
            c.hline(xx, xx + col, yy + 4, 0.2)
            yy += 15 if not big else 18
        yy += 8
        for bh, lines in blocks:
            c.text(xx, yy, bh, 7.5, bold=True)
            for k, ln in enumerate(lines):
                fit(c, xx, yy + 11 + k * 10, ln, 8, col)
            yy += 18 + len(lines) * 10
        c.text(xx, yy, notes_head, 8, bold=True)
        yy += 11
        for note in notes:
            yy = paragraph(c, xx, yy, note, 7.5, col, 9.5)
    y = 540.0
    c.hline(x0, right, y - 12, 0.8)
    y = _tables(c, x0, y, right, spec, RW_HEADS)
    footer(c, g["footer"], x0)
    return c.output()


def _rw_sheets() -> list[Sheet]:
    return [
        _rw(
            "kostrzyn",
            "Odra bez granic",
            D(2027, 6, 10),
            "06:30",
            {
                # HARD: the Polish column's crew call ('Zbiórka ekipy') sits between a bus
                # departure an hour earlier and the agency's call later; the English column
                # names it 'Unit call'
                "time_style": "colon",
                "en_time": "colon",
                "table_style": "colon",
                "date_style": "wd_gen",
                "en_date": "en",
                "house": "Lubuska Produkcja Reklamowa Sp. z o.o.",
                "spot": 'spot 30" + cut-down 15"',
                "client": "Bank Nadodrzański S.A.",
                "agency": "Brzeg Creative",
                "day_n": "1/2",
                "version": "2 (9.06.2027, 21:30)",
                "pl_call": "Zbiórka ekipy",
                "en_call": "Unit call",
                "times": [
                    ("Wyjazd z Gorzowa (bus)", "Bus leaves Gorzów", -60),
                    ("Śniadanie", "Breakfast", 0),
                    ("Call agencji / klienta", "Agency / client call", 120),
                    ("Obiad", "Lunch", 360),
                    ("Koniec (wrap)", "Wrap", 660),
                ],
                "set": "bastion Filip i ruiny ulic Starego Miasta",
                "set_en": "Bastion Filip and the Old Town ruins",
                "notes_pl": [
                    "Teren muzeum: nie wjeżdżamy autami na ruiny. Dron tylko po zgodzie "
                    "kierownika planu.",
                ],
                "notes_en": [
                    "Museum grounds: no vehicles on the ruins. Drone only with the location "
                    "manager's OK.",
                ],
                "scenes": [
                    (
                        "1",
                        "Doradczyni idzie ruinami ulicy / adviser walks the ruined street",
                        "1",
                        "7:30",
                    ),
                    ("2", "Bastion - widok na Odrę / view of the Oder", "1, 2", "10:00"),
                    ("3", "Packshot - karta na murze / card on the wall", "-", "15:00"),
                ],
                "cast": [("Olga Nowicka", "doradczyni / adviser", 30)],
                "footer": "LPR · „Odra bez granic” · call sheet PL/EN · v2",
            },
        ),
        _rw(
            "krosno_odrz",
            "Wino z zamkowej piwnicy",
            D(2026, 9, 17),
            "07:00",
            {
                "time_style": "zero",
                "en_time": "am",
                "table_style": "zero",
                "date_style": "dot_r",
                "en_date": "en_us",
                "house": "Zielona Linia Film",
                "spot": 'spot 20"',
                "client": "Winnica Krośnieńska",
                "agency": "Grono Agency (Berlin / Zielona Góra)",
                "day_n": "1/1",
                "version": "1",
                "pl_call": "Zbiórka ekipy",
                "en_call": "Crew call",
                "times": [
                    ("Pierwsze ujęcie", "First shot", 90),
                    ("Obiad", "Lunch", 330),
                    ("Koniec", "Wrap", 600),
                ],
                "set": "piwnica winiarska i dziedziniec",
                "set_en": "wine cellar and courtyard",
                "notes_pl": ["W piwnicy wilgoć: sprzęt na paletach."],
                "notes_en": ["The cellar is damp: keep kit on pallets."],
                "scenes": [
                    ("1", "Piwnica - nalewanie wina / pouring", "1", "08:30"),
                    ("2", "Dziedziniec - toast / toast", "1, 2, 3", "11:00"),
                ],
                "cast": [("Tomasz Lis", "winiarz / winemaker", 0), ("Ada Kruk", "gość", 60)],
                "footer": "Zielona Linia Film · „Wino z zamkowej piwnicy” · CS",
            },
        ),
        _rw(
            "miedzyrzecz",
            "Zamek na weekend",
            D(2027, 4, 24),
            "08:00",
            {
                "time_style": "dot",
                "en_time": "colon",
                "table_style": "dot",
                "date_style": "short",
                "en_date": "en",
                "house": "Lubuska Produkcja Reklamowa Sp. z o.o.",
                "spot": 'spot 15" (social)',
                "client": "Lubuska Organizacja Turystyczna",
                "agency": "Pod Wiatr Studio",
                "day_n": "2/2",
                "version": "1",
                "pl_call": "Zbiórka ekipy",
                "en_call": "Crew call",
                "times": [
                    ("Charakteryzacja", "Hair & make-up", -30),
                    ("Obiad", "Lunch", 300),
                    ("Koniec", "Wrap", 570),
                ],
                "set": "ruiny zamku i most nad fosą",
                "set_en": "castle ruins and the moat bridge",
                "notes_pl": ["Muzeum czynne od 10.00 - ujęcia z publicznością od 10.30."],
                "notes_en": ["The museum opens at 10:00 - shots with visitors from 10:30."],
                "scenes": [
                    ("1", "Rodzina na moście / family on the bridge", "1-4", "9.00"),
                    ("2", "Dzieci w ruinach / kids in the ruins", "3, 4", "11.00"),
                ],
                "cast": [("Karol Sęk", "tata / dad", 0), ("Iga Sęk", "mama / mum", 0)],
                "footer": "LPR · „Zamek na weekend” · call sheet PL/EN",
            },
        ),
    ]


# --- (4) Podlasie: a documentary's harmonogram e-mail printed from web mail ---------------------


@_family(
    "pl_dok_mail_harmonogram",
    "a documentary's day plan e-mailed and printed from a web mail client, A4: the account "
    "line and page count, the subject in large type ('Harmonogram zdjęć - wt. 9.11.2027'), the "
    "sender with the sent date ('pon., 8 lis 2027, 21:14'), 'do: ekipa'; the body: a greeting, "
    "the day ('wtorek 9 listopada' / '9 listopada (wtorek)' with no year: HARD) and time-first "
    "lines ('5:45 - wyjazd...', '6:30 - zbiórka ekipy przy ...'), the place with its address, "
    "'Najbliższy SOR: ...', sunrise and sunset in a sentence, a signature; the URL in the "
    "footer",
    name="ml_{key}",
)
def _ml(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=40.0)
    w = right - x0
    sent = day - dt.timedelta(days=g["sent_before"])
    grey_text(c, x0, 24, f"{sent:%d.%m.%Y}, {g['sent_time']}", 7)
    grey_text(c, right - 160, 24, f"Poczta - {g['account']}", 7)
    c.text(x0, 52, "Poczta", 12, bold=True)
    c.right(right, 52, g["account"], 8.5)
    c.hline(x0, right, 60, 0.6)
    c.text(x0, 86, g["subject"], 14)
    c.right(right, 86, "1 wiadomość", 8)
    c.hline(x0, right, 94, 0.3)
    c.text(x0, 112, f"{g['sender']} <{g['sender_mail']}>", 9, bold=True)
    c.right(right, 112, f"{day_text(sent, 'mail')}, {g['sent_time']}", 8.5)
    grey_text(c, x0, 124, f"Do: {g['to']}", 8)
    y = 150.0
    size, lead = 9.5, 13.5
    y = paragraph(c, x0, y, g["hello"], size, w, lead) + 6
    intro = g["intro"].format(day=day_text(day, g["date_style"]), title=title)
    y = paragraph(c, x0, y, intro, size, w, lead)
    y += 6
    for off, text in g["lines"]:
        when = hm(call, t) if off == 0 else _at(call, off, t)
        bold = off == 0
        c.text(x0 + 10, y, f"{when} - ", size, bold=bold)
        indent = 10 + c.pdf.get_string_width(f"{when} - ")
        y = paragraph(c, x0 + indent, y, text, size, w - indent, lead, bold=bold)
    y += 8
    place = f"Miejsce: {p.name}, {p.street}, {p.city} ({g['set']})."
    y = paragraph(c, x0, y, place, size, w, lead)
    y = paragraph(c, x0, y, f"Auta zostawiamy: {p.base_street}, {p.base_city}.", size, w, lead)
    sor = (
        f"Najbliższy SOR: {p.hospital}, {p.hospital_street}, {p.hospital_city}, "
        f"{p.hospital_phone} (ok. {g['km']} km)."
    )
    y = paragraph(c, x0, y, sor, size, w, lead)
    sun = f"Wschód słońca {hm(rise, t)}, zachód {hm(fall, t)}. {g['weather']}"
    y = paragraph(c, x0, y, sun, size, w, lead) + 8
    for para in g["more"]:
        y = paragraph(c, x0, y, para, size, w, lead) + 6
    y += 6
    for ln in g["sign"]:
        c.text(x0, y, ln, size)
        y += lead
    grey_text(c, x0, c.pdf.h - 20, g["url"], 6.5)
    c.right(right, c.pdf.h - 20, "1/1", 6.5)
    return c.output()


def _ml_sheets() -> list[Sheet]:
    return [
        _ml(
            "sejny",
            "Pogranicze. Skrzypce",
            D(2027, 11, 9),
            "08:30",
            {
                "time_style": "colon",
                "table_style": "colon",
                "date_style": "short",
                "account": "produkcja@pogranicze-doc.example",
                "subject": "Harmonogram zdjęć - wt. 9.11.2027 - „Pogranicze. Skrzypce”",
                "sender": "Marta Kowal",
                "sender_mail": "marta.kowal@pogranicze-doc.example",
                "sent_before": 1,
                "sent_time": "21:14",
                "to": "ekipa-skrzypce",
                "hello": "Cześć wszystkim,",
                "intro": "poniżej harmonogram na jutro, {day}, do filmu „{title}”:",
                "lines": [
                    (-45, "wyjazd z Suwałk (bus spod hotelu „Loran”)"),
                    (0, "zbiórka ekipy pod Białą Synagogą, ustawiamy światło w sali"),
                    (90, "próba orkiestry klezmerskiej - nagrywamy od pierwszego taktu"),
                    (240, "obiad w kawiarni ośrodka"),
                    (300, "wywiad z p. Krzysztofem (sala na piętrze)"),
                    (510, "koniec dnia, powrót do Suwałk"),
                ],
                "set": "sala koncertowa na parterze",
                "km": "30",
                "weather": "Ma padać po południu - zabierzcie peleryny na sprzęt.",
                "more": [
                    "W środę dzień wolny, w czwartek Wigry - harmonogram wyślę w środę wieczorem.",
                ],
                "sign": ["Pozdrawiam,", "Marta", "kierowniczka produkcji · 604 555 218"],
                "url": "https://poczta.example/mail/u/0/#inbox/FMfcgzQ",
            },
        ),
        _ml(
            "osowiec",
            "Bagno",
            D(2027, 5, 18),
            "03:45",
            {
                "time_style": "dot",
                "table_style": "dot",
                # HARD: the day as '18 maja (wtorek)' with no year; the year only in the sent
                # date of the mail header, the day before
                "date_style": "gen_wd_noyear",
                "account": "biebrza.film@poczta.example",
                "subject": "Bagno - plan na wtorek (świt na grobli)",
                "sender": "Kuba Wrzosek",
                "sender_mail": "kuba.wrzosek@poczta.example",
                "sent_before": 1,
                "sent_time": "19:02",
                "to": "Ola, Piotrek, Sebastian, Hania",
                "hello": "Hej,",
                "intro": "jutro, {day}, zdjęcia do „{title}”: świt na Carskiej Drodze, twierdza:",
                "lines": [
                    (-60, "pobudka w Goniądzu, kawa w kwaterze"),
                    (-30, "wyjazd z Goniądza (dwa auta)"),
                    (0, "zbiórka przy bramie twierdzy, rozładunek i marsz na groblę"),
                    (40, "wschód słońca - kamera na grobli, dron czeka na wiatr"),
                    (240, "śniadanie w kwaterze"),
                    (390, "twierdza: wywiad ze strażnikiem parku"),
                    (570, "koniec, zgrywanie kart"),
                ],
                "set": "grobla i fort I",
                "km": "50",
                "weather": "Rano mgła, potem słońce.",
                "more": [
                    "Kalosze i repelent obowiązkowo. Zezwolenie BbPN na drona mam w telefonie "
                    "i w wydruku w aucie.",
                ],
                "sign": ["Kuba", "(reżyser / operator) 501 555 907"],
                "url": "https://poczta.example/#mail/odebrane/7711",
            },
        ),
        _ml(
            "wigry",
            "Pogranicze. Skrzypce",
            D(2027, 11, 11),
            "09:00",
            {
                "time_style": "zero",
                "table_style": "zero",
                "date_style": "wd_dot_r",
                "account": "produkcja@pogranicze-doc.example",
                "subject": "Harmonogram zdjęć - czwartek 11.11 - Wigry",
                "sender": "Marta Kowal",
                "sender_mail": "marta.kowal@pogranicze-doc.example",
                "sent_before": 1,
                "sent_time": "20:45",
                "to": "ekipa-skrzypce",
                "hello": "Cześć,",
                "intro": "harmonogram zdjęć do „{title}” na {day} (święto - msza o 11:00):",
                "lines": [
                    (-30, "wyjazd z Suwałk"),
                    (0, "zbiórka ekipy przy furcie klasztoru"),
                    (30, "ujęcia jeziora z wieży zegarowej"),
                    (120, "przerwa na mszę - nie kręcimy w kościele"),
                    (180, "obiad w restauracji klasztornej"),
                    (240, "skrzypek w eremie nr 3"),
                    (450, "koniec"),
                ],
                "set": "wieża zegarowa i eremy",
                "km": "15",
                "weather": "Zimno, ok. 2 °C.",
                "more": ["Parkujemy wyłącznie przy przystani, na górę wnosimy sprzęt ręcznie."],
                "sign": ["Pozdrawiam,", "Marta Kowal"],
                "url": "https://poczta.example/mail/u/0/#inbox/FMfcgzR",
            },
        ),
    ]


# --- (5) Opole region: an A5 pocket plan with raised minutes ------------------------------------

A5_HEADS = {
    "scenes": (["Sc.", "Obiekt", "D/N", "Postacie"], [0, 24, 230, 262]),
    "cast": (["Aktor", "Rola", "Charakt.", "Plan"], [0, 100, 190, 260]),
    "steps": [-60, 0],
    "notes": "",
}


@_family(
    "pl_a5_sor_wschod",
    "a Polish pocket plan on A5: 'PLAN ZDJĘCIOWY nr 6' and the title, the date ('czwartek 17 "
    "VI 2027', '17.06.2027 r.'); the times with their minutes raised in small type ('7³⁰', "
    "underlined on one: HARD) or 'godz. 7.30': ZBIÓRKA EKIPY large, ROZPOCZĘCIE ZDJĘĆ, OBIAD, "
    "KONIEC; MIEJSCE ZDJĘĆ; a boxed 'SZPITAL DYŻURNY / SOR' with the hospital, street, town "
    "and phone; 'WSCHÓD SŁOŃCA ... · ZACHÓD SŁOŃCA ...'; a short scene and cast list",
    name="a5_{key}",
)
def _a5(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    c, x0, right = page((419.5, 595.3), "sans", margin=24.0)  # type: ignore[arg-type]
    w = right - x0
    sup = layout in ("sup", "sup_under")
    under = layout == "sup_under"

    def when(x: float, y: float, hhmm: str, size: float, *, bold: bool = False) -> float:
        if sup:
            return sup_time(c, x, y, hhmm, size, bold=bold, underline=under)
        return c.text(x, y, hm(hhmm, t), size, bold=bold)

    c.text(x0, 34, f"PLAN ZDJĘCIOWY nr {g['n']}", 11, bold=True)
    c.right(right, 34, g["company"], 7)
    c.text(x0, 50, f"„{title}”", 13, bold=True)
    c.text(x0, 64, day_text(day, g["date_style"]), 10)
    c.right(right, 64, f"dzień {g['day_n']}", 8)
    c.hline(x0, right, 70, 1.0)
    c.box(x0, 78, w, 40, 1.4)
    c.text(x0 + 8, 103, "ZBIÓRKA EKIPY", 10, bold=True)
    call_w = when(x0 + 110, 108, call, 22, bold=True)
    where_x = x0 + 110 + call_w + 12
    fit(c, where_x, 102, g["call_where"], 7.5, right - where_x - 6)
    y = 136.0
    for lab, off in g["times"]:
        c.text(x0, y, lab, 8.5, bold=True)
        when(x0 + 150, y, add_minutes(call, off), 10)
        y += 16
    y += 4
    c.text(x0, y, "MIEJSCE ZDJĘĆ", 7.5, bold=True)
    for k, ln in enumerate([p.name, f"{p.street}, {p.city}", g["set"]]):
        fit(c, x0, y + 11 + k * 10, ln, 8.5, w)
    y += 50
    c.text(x0, y, f"Baza: {p.base_street}, {p.base_city}", 7.5)
    y += 10
    c.box(x0, y, w, 56, 0.9)
    c.text(x0 + 6, y + 11, "SZPITAL DYŻURNY / SOR", 7.5, bold=True)
    for k, ln in enumerate(
        [p.hospital, f"{p.hospital_street}, {p.hospital_city}", p.hospital_phone]
    ):
        fit(c, x0 + 6, y + 23 + k * 10, ln, 8.5, w - 12, bold=k == 0)
    y += 72
    xx = x0 + c.text(x0, y, "WSCHÓD SŁOŃCA ", 8, bold=True)
    xx += when(xx, y, rise, 10) + 14
    xx += c.text(xx, y, "ZACHÓD SŁOŃCA ", 8, bold=True)
    when(xx, y, fall, 10)
    y = _tables(c, x0, y + 20, right, spec, A5_HEADS)
    y = paragraph(c, x0, y + 4, g["note"], 7, w, 9)
    footer(c, g["footer"], x0)
    return c.output()


def _a5_sheets() -> list[Sheet]:
    return [
        _a5(
            "glogowek",
            "Hrabianka z Głogówka",
            D(2027, 6, 17),
            "07:30",
            {
                "layout": "sup",
                "time_style": "dot",
                "table_style": "dot",
                "date_style": "roman_sp",
                "n": "6",
                "company": "Studio Filmowe Prudnik",
                "day_n": "6/20",
                "call_where": "dziedziniec zamku (brama od Rynku)",
                "times": [
                    ("CHARAKTERYZACJA", -60),
                    ("ROZPOCZĘCIE ZDJĘĆ", 75),
                    ("OBIAD", 330),
                    ("KONIEC (plan.)", 630),
                ],
                "set": "sala teatralna i dziedziniec",
                "scenes": [
                    ("14", "Sala teatralna - próba", "D", "1, 3"),
                    ("15", "Dziedziniec - odjazd karety", "D", "1-4"),
                ],
                "cast": [("Weronika Szpak", "HRABIANKA", 0), ("Józef Kula", "STANGRET", 60)],
                "note": "Kareta i konie od 9.00 (stadnina Racławice Śl.).",
                "footer": "Studio Filmowe Prudnik · plan 6 · A5",
            },
        ),
        _a5(
            "kluczbork",
            "Pszczelarz",
            D(2026, 8, 20),
            "06:30",
            {
                "time_style": "godz_dot",
                "table_style": "dot",
                "date_style": "wd_dot_r",
                "n": "3",
                "company": "Kluczborska Grupa Filmowa",
                "day_n": "3/14",
                "call_where": "przed muzeum, ul. Zamkowa",
                "times": [
                    ("ROZPOCZĘCIE ZDJĘĆ", 60),
                    ("OBIAD", 360),
                    ("KONIEC ZDJĘĆ", 660),
                ],
                "set": "pasieka skansenowa i sala Dzierżona",
                "scenes": [
                    ("9", "Pasieka - ksiądz Dzierżon przy ulu", "D", "1"),
                    ("10", "Sala - list z Wiednia", "D", "1, 2"),
                ],
                "cast": [("Ryszard Majka", "DZIERŻON", 0), ("Ewa Kmita", "GOSPODYNI", 90)],
                "note": "Pszczoły! Alergicy - zgłosić się do produkcji; kapelusze w bazie.",
                "footer": "KGF · „Pszczelarz” · plan 3",
            },
        ),
        _a5(
            "gora_anny",
            "Schody na górę",
            D(2027, 9, 4),
            "07:00",
            {
                # HARD: every time with its minutes raised and underlined ("7⁰⁰"), the
                # crew call too
                "layout": "sup_under",
                "time_style": "colon",
                "table_style": "colon",
                "date_style": "short",
                "n": "11",
                "company": "Górnośląska Wytwórnia Obrazu",
                "day_n": "11/24",
                "call_where": "parking przy domu pielgrzyma",
                "times": [
                    ("ROZPOCZĘCIE ZDJĘĆ", 90),
                    ("OBIAD", 300),
                    ("KONIEC", 600),
                ],
                "set": "Kalwaria - schody i plac przed bazyliką",
                "scenes": [
                    ("22", "Kalwaria - pielgrzymi na schodach", "D", "1, 2, stat."),
                    ("23", "Plac - spotkanie z bratem", "D", "1, 2"),
                ],
                "cast": [("Marek Zych", "PAWEŁ", 0), ("Lena Sowa", "MARIA", 30)],
                "note": "Sobota: pielgrzymki od 10:00 - statyści w strojach od 8:30.",
                "footer": "GWO · „Schody na górę” · plan 11",
            },
        ),
    ]


# --- (6) a music video's PLAN DNIA with a vertical timeline -----------------------------------

MV_HEADS = {
    "scenes": (["SETUP", "Co kręcimy", "Gdzie", "Kto"], [0, 50, 280, 400]),
    "cast": (["Artysta / talent", "Rola", "Make-up", "Na planie"], [0, 130, 250, 360]),
    "steps": [-75, 0],
    "crew": (["Dział", "Osoba", "Telefon", "Call"], [0, 110, 270, 410]),
    "notes": "",
}


@_family(
    "pl_teledysk_plan_dnia",
    "a Polish music video's 'PLAN DNIA', A4: a black band with 'TELEDYSK', the artist and the "
    "song in Polish quotes (the production), the house and the date; down the left a vertical "
    "timeline, a line with dots, the times left of it and what happens right of it, the "
    "crew's 'CALL EKIPY' in bold among the bus from Warsaw, make-up, the artist's arrival, "
    "setups, catering and wrap; cards on the right: GDZIE (place, address), BAZA / PARKING, "
    "SOR (hospital), SŁOŃCE; setups, talent and crew tables",
    name="mv_{key}",
)
def _mv(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=30.0)
    w = right - x0
    fill(c, 0, 0, c.width, 96, 20)
    c.pdf.set_text_color(255, 255, 255)
    c.text(x0, 30, "TELEDYSK · PLAN DNIA", 9, bold=True)
    c.text(x0, 56, g["artist"], 20, bold=True)
    c.text(x0, 76, f"„{title}”", 14)
    c.right(right, 30, g["house"], 8)
    c.right(right, 56, day_text(day, g["date_style"]), 11, bold=True)
    c.right(right, 76, g["day_n"], 8)
    black(c)
    y0 = 124.0
    line_x = x0 + 52
    items = [(off, what) for off, what in g["timeline"]]
    y = y0
    for off, what in items:
        call_row = off == 0
        c.right(line_x - 10, y, _at(call, off, t), 10 if call_row else 9, bold=call_row)
        level = 0 if call_row else 150
        c.pdf.set_fill_color(level, level, level)
        c.pdf.ellipse(line_x - 3.5, y - 7, 7, 7, style="F")
        for k, ln in enumerate(wrap(c, what, 9, 210, bold=call_row)):
            c.text(line_x + 12, y + k * 11, ln, 9 if not call_row else 10, bold=call_row)
        y += 30
    c.vline(line_x, y0 - 6, y - 26, 0.8)
    cx, cw = x0 + 300, w - 300
    cards = [
        ("GDZIE", [p.name, p.street, p.city, g["set"]]),
        ("BAZA / PARKING", [p.base_street, p.base_city]),
        ("SOR", _hospital(p)),
        ("SŁOŃCE", [f"wschód {hm(rise, t)} · zachód {hm(fall, t)}", g["light"]]),
    ]
    yy = y0 - 12
    for head, lines in cards:
        h = 18 + 10 * len(lines)
        fill(c, cx, yy, cw, h, 240)
        c.text(cx + 6, yy + 11, head, 7.5, bold=True)
        for k, ln in enumerate(lines):
            fit(c, cx + 6, yy + 23 + k * 10, ln, 8, cw - 12)
        yy += h + 8
    y = max(y, yy + 10)
    y = _tables(c, x0, y + 10, right, spec, MV_HEADS)
    footer(c, g["footer"], x0)
    return c.output()


def _mv_sheets() -> list[Sheet]:
    return [
        _mv(
            "bobrka",
            "Ropa",
            D(2027, 7, 3),
            "08:00",
            {
                "time_style": "colon",
                "table_style": "colon",
                "date_style": "wd_gen",
                "artist": "SOLEJ",
                "house": "Kopalnia Obrazu · dla: Wytwórnia Szyb",
                "day_n": "dzień 1/1",
                "timeline": [
                    (-180, "wyjazd busa z Krakowa (ul. Lubicz, przy dworcu)"),
                    (-30, "produkcja i scenografia na miejscu"),
                    (0, "CALL EKIPY - brama muzeum"),
                    (60, "make-up artystki w bazie"),
                    (135, "setup 1 - kiwony, szeroki plan"),
                    (300, "catering"),
                    (360, "setup 2 - szyb „Franek”, zbliżenia"),
                    (600, "setup 3 - golden hour, dron"),
                    (720, "WRAP"),
                ],
                "set": "kiwony i szyb „Franek” (plener)",
                "light": "golden hour ok. 20:00",
                "scenes": [
                    ("1", "Solej między kiwonami, szeroko", "kiwony", "Solej"),
                    ("2", "Zbliżenia przy szybie", "szyb Franek", "Solej"),
                    ("3", "Dron - odjazd nad kopalnią", "całość", "Solej, tancerze"),
                ],
                "cast": [("Solej", "artystka", 135), ("Jan i Igor Maj", "tancerze", 180)],
                "crew": [
                    ("Produkcja", "Kinga Bury", "609 555 101", -30),
                    ("Zdjęcia", "Adam Cis", "609 555 102", 0),
                    ("Dron", "Bartek Ryba", "609 555 103", 480),
                ],
                "footer": "Kopalnia Obrazu · SOLEJ „Ropa” · plan dnia",
            },
        ),
        _mv(
            "choroszcz",
            "Pałac",
            D(2026, 10, 10),
            "08:30",
            {
                # HARD: the timeline opens three hours earlier with the bus from Warsaw; the
                # crew's call is the bold 'CALL EKIPY' row further down
                "time_style": "zero",
                "table_style": "zero",
                "date_style": "short",
                "artist": "MŁODY BRANICKI",
                "house": "Podlaski Kolektyw Wideo",
                "day_n": "dzień 1/2",
                "timeline": [
                    (-210, "wyjazd busa z Warszawy (pl. Defilad, strona Emilii Plater)"),
                    (-60, "scenografia i światło w sali balowej"),
                    (0, "CALL EKIPY - dziedziniec pałacu"),
                    (45, "artysta na make-upie"),
                    (120, "setup 1 - sala balowa, taniec"),
                    (270, "catering w oficynie"),
                    (330, "setup 2 - park, aleja grabowa"),
                    (570, "WRAP"),
                ],
                "set": "sala balowa i park",
                "light": "zachód wcześnie - park przed 17:00",
                "scenes": [
                    ("1", "Sala balowa - taniec z lustrami", "sala balowa", "MB, 6 tancerek"),
                    ("2", "Park - spacer, steadicam", "aleja grabowa", "MB"),
                ],
                "cast": [("Młody Branicki", "artysta", 120), ("zespół Polonez", "tancerki", 120)],
                "crew": [
                    ("Produkcja", "Ola Fiedorczuk", "797 555 310", -60),
                    ("Steadicam", "Marek Łuba", "797 555 311", 0),
                ],
                "footer": "Podlaski Kolektyw Wideo · „Pałac” · plan dnia 1",
            },
        ),
        _mv(
            "kolbuszowa",
            "Wesele u Lasowiaków",
            D(2027, 5, 29),
            "09:00",
            {
                "time_style": "dot",
                "table_style": "dot",
                "date_style": "dot_r",
                "artist": "ZESPÓŁ BOROWINA",
                "house": "Rzeszowska Fabryka Klipów",
                "day_n": "dzień 1/1",
                "timeline": [
                    (-90, "wyjazd z Rzeszowa (bus spod Hali Podpromie)"),
                    (0, "CALL EKIPY - brama skansenu"),
                    (60, "zespół w kostiumach (stroje z muzeum)"),
                    (135, "setup 1 - zagroda, kapela gra na progu"),
                    (270, "obiad"),
                    (330, "setup 2 - młyn i karczma, wesele"),
                    (540, "WRAP - zdajemy stroje"),
                ],
                "set": "zagroda z Kolbuszowej Górnej, młyn i karczma",
                "light": "lampy dodatkowe tylko w karczmie",
                "scenes": [
                    ("1", "Kapela na progu zagrody", "zagroda", "Borowina"),
                    ("2", "Wesele w karczmie", "karczma", "Borowina, statyści"),
                ],
                "cast": [("Borowina (5 os.)", "kapela", 135), ("statyści (20)", "goście", 330)],
                "crew": [("Produkcja", "Wit Skała", "512 555 720", -30)],
                "footer": "Rzeszowska Fabryka Klipów · Borowina · plan dnia",
            },
        ),
    ]


# --- near misses: schedules of days that are not shooting days --------------------------------

_nm_table = partial(head_table, size=8, lead=13, ruled=True)


def _dozynki() -> bytes:
    """A commune's harvest festival programme: a mass, a parade, a wreath contest, a stage; a
    gathering time for the wreath groups, but a festival, not a shoot."""
    c, x0, right = page("A4", "serif", margin=46.0)
    c.text(x0, 50, "Wójt Gminy Baligród · Gminny Ośrodek Kultury w Baligrodzie", 9, bold=True)
    centre(c, 90, "DOŻYNKI GMINNE 2027", 20)
    centre(
        c, 110, "niedziela, 29 sierpnia 2027 r. · boisko przy ul. Bieszczadzkiej", 10, bold=False
    )
    notice(
        c,
        x0,
        right,
        140,
        [
            ("Zbiórka grup wieńcowych", "godz. 12:30 - plac przy kościele"),
            ("Msza św. dziękczynna", "godz. 13:00"),
            ("Korowód dożynkowy", "godz. 14:15 - na boisko"),
            ("Starostowie dożynek", "Anna i Józef Pietrusza z Bystrego"),
        ],
        (
            ["GODZ.", "PROGRAM", "GDZIE"],
            [0, 70, 320],
            [
                ("14:30", "obrzęd dożynkowy, przekazanie chleba", "scena"),
                ("15:00", "konkurs wieńców dożynkowych", "scena"),
                ("16:00", "występy KGW i zespołów ludowych", "scena"),
                ("18:00", "ogłoszenie wyników konkursu wieńców", "scena"),
                ("19:00", "zabawa taneczna - zespół „Solinianie”", "boisko"),
            ],
        ),
        (
            "Informacje",
            [
                "Stoiska KGW, loteria fantowa, dmuchańce dla dzieci. Organizator zastrzega, "
                "że impreza będzie fotografowana i nagrywana do relacji na stronie Gminy.",
            ],
        ),
        table=_nm_table,
        facts_look=(9, 160, 14),
    )
    footer(c, "GOK Baligród · Dożynki Gminne 2027", x0)
    return c.output()


def _communion() -> bytes:
    """A parish's first communion timetable: rehearsals, confession, the day's gathering time,
    a rule for photographers; a church day, not a shoot."""
    c, x0, right = page("A4", "sans", margin=44.0)
    c.text(x0, 50, "Parafia pw. św. Władysława w Szydłowie", 10, bold=True)
    grey_text(c, x0, 62, "ul. Kościelna 3, 28-225 Szydłów · kancelaria: wt., czw. 16:00-17:00", 7.5)
    centre(c, 98, "PIERWSZA KOMUNIA ŚWIĘTA 2027", 15)
    centre(c, 114, "harmonogram dla dzieci klas III i rodziców", 9.5, bold=False)
    notice(
        c,
        x0,
        right,
        142,
        [
            ("Uroczystość", "niedziela, 16 maja 2027 r., Msza św. godz. 11:00"),
            ("Zbiórka dzieci", "godz. 10:15 - salka katechetyczna"),
            ("Fotograf", "jeden, wyznaczony przez parafię (p. Jan Kula)"),
        ],
        (
            ["DATA", "GODZ.", "CO"],
            [0, 130, 190],
            [
                ("wt. 11.05.2027", "17:00", "próba w kościele (dzieci)"),
                ("czw. 13.05.2027", "17:00", "próba z rodzicami"),
                ("sob. 15.05.2027", "10:00", "spowiedź dzieci, potem rodziców"),
                ("pon. 17.05.2027", "18:00", "Msza dziękczynna, biały tydzień"),
            ],
        ),
        (
            "Prośby",
            [
                "W czasie Mszy prosimy nie fotografować ani nie nagrywać z nawy. Alby odbieramy "
                "w zakrystii w sobotę po spowiedzi.",
            ],
        ),
        table=_nm_table,
        facts_look=(9, 120, 14),
    )
    c.text(right - 150, 520, "ks. proboszcz", 9)
    return c.output()


def _hunt() -> bytes:
    """A hunting club's collective hunt plan: the hunters' gathering, the drives, the safety
    briefing; a hunt, not a shoot."""
    c, x0, right = page("A4", "serif", margin=48.0)
    c.text(x0, 52, "Koło Łowieckie „Knieja” w Siemiatyczach", 10, bold=True)
    c.right(right, 52, "Siemiatycze, dnia 2 grudnia 2026 r.", 9)
    centre(c, 96, "PLAN POLOWANIA ZBIOROWEGO", 14)
    centre(c, 112, "sobota, 12 grudnia 2026 r. · obwód łowiecki nr 218", 10, bold=False)
    notice(
        c,
        x0,
        right,
        140,
        [
            ("Zbiórka myśliwych", "godz. 7:30 - leśniczówka Grodzisk"),
            ("Odprawa i instruktaż BHP", "godz. 7:45"),
            ("Prowadzący polowanie", "kol. Wiesław Hryniewicki"),
            ("Zwierzyna", "dziki, lisy (bez łań i cieląt)"),
        ],
        (
            ["PĘDZENIE", "MIOT / ODDZIAŁ", "GODZ.", "UWAGI"],
            [0, 80, 250, 310],
            [
                ("I", "oddz. 114, 115", "8:30", "naganka od drogi"),
                ("II", "oddz. 121 (olsy)", "10:00", "psy na smyczy do sygnału"),
                ("III", "oddz. 130", "11:30", "strzał tylko w miot"),
                ("pokot", "leśniczówka", "14:00", "ognisko, bigos"),
            ],
        ),
        (
            "Obowiązkowo",
            [
                "Kamizelki lub czapki w kolorze ostrzegawczym, ważna legitymacja i "
                "ubezpieczenie. Nie wolno strzelać wzdłuż linii myśliwych.",
            ],
        ),
        table=_nm_table,
        facts_look=(8.5, 150, 13),
    )
    c.text(right - 150, 520, "Łowczy Koła", 9)
    return c.output()


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_dozynki_programme",
            "a commune's harvest festival programme, A4, serif: the wójt and the cultural "
            "centre, 'DOŻYNKI GMINNE 2027', the date and field; 'Zbiórka grup wieńcowych godz. "
            "12:30', mass, parade; a ruled GODZ. / PROGRAM / GDZIE table; a note that the day "
            "will be photographed and filmed",
            _dozynki,
        ),
        (
            "near_miss_first_communion_timetable",
            "a parish's first communion timetable, A4: the parish and its office hours, "
            "'PIERWSZA KOMUNIA ŚWIĘTA 2027', the day, 'Zbiórka dzieci godz. 10:15', the "
            "parish's photographer; a ruled DATA / GODZ. / CO table of rehearsals; no filming "
            "in the nave",
            _communion,
        ),
        (
            "near_miss_collective_hunt_plan",
            "a hunting club's collective hunt plan, A4, serif: the club, 'Siemiatycze, dnia 2 "
            "grudnia 2026 r.', 'PLAN POLOWANIA ZBIOROWEGO', 'Zbiórka myśliwych godz. 7:30', the "
            "safety briefing; a ruled PĘDZENIE / MIOT / GODZ. / UWAGI table; rules",
            _hunt,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_kd_sheets(),
        *_ob_sheets(),
        *_rw_sheets(),
        *_ml_sheets(),
        *_a5_sheets(),
        *_mv_sheets(),
        *_other_sheets(),
    ]
