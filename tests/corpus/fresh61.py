# ruff: noqa: RUF001, RUF002, RUF003
"""Sixty-second held-out set: call sheets from regions not yet in the corpus, in the forms and
languages their crews use (`fresh61_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh61"). Western Balkan sheets, Bosnian / Montenegrin "PLAN SNIMANJA" with
"Poziv ekipe" and an Albanian "PLANI I XHIRIMIT" with "Thirrja e ekipit" (Mostar, Cetinje,
Gjirokastër); North Macedonian Cyrillic "ДНЕВЕН ПЛАН ЗА СНИМАЊЕ" with "Повик за екипа" (Ohrid,
Bitola, Skopje); Uruguayan, Paraguayan and Cuban "HOJA DE CITACIÓN" / "CITACIÓN GENERAL" with
'7:30 hs' (Punta del Este, Asunción, Trinidad); Galician and Basque regional productions with
Spanish beside, "FOLLA DE RODAXE" / "GRABAKETA-ORRIA" (Santiago de Compostela, Ourense,
Hondarribia); Kazakh and Uzbek Russian-language "ВЫЗЫВНОЙ ЛИСТ" with "Сбор группы" and Kazakh
or Uzbek beside (Turkistan, Samarkand, Bukhara); Pakistani, Bangladeshi and Nepali English sheets
with romanised Urdu, Bengali and Nepali, a shift, a unit call and pack-up (Lahore, Dhaka,
Bhaktapur). Three near misses, all `other`: a Basque trainera club's regatta crew call, a Nepali
polio vaccination campaign's team plan and a Uruguayan shearing gang's work order.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.corpus.draw import centre
from tests.corpus.formats import add_minutes
from tests.corpus.fresh_common import (
    boxed_cells,
    clock,
    date_or,
    fill,
    grey_text,
    head_table,
    hospital_lines,
    label_rows,
    page,
    paragraphs,
    ruled_cells,
    sheet_maker,
    time_or,
)
from tests.corpus.fresh_skeletons import (
    ES_MON,
    ES_WD,
    Day,
    family,
    family_tables,
    footer,
    near_misses,
    notice,
    offset_times,
    worded_tables,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date

P: dict[str, Place] = {
    # (1) Western Balkans: Mostar, Cetinje, Gjirokastër
    "starimost": _p(
        "ba",
        "Stari most",
        "Kujundžiluk bb",
        "88000 Mostar",
        43.3373,
        17.8150,
        "Europe/Sarajevo",
        "Sveučilišna klinička bolnica Mostar",
        "Kralja Tvrtka bb",
        "88000 Mostar",
        "+387 36 336 500",
        "Parking Rondo, Bulevar narodne revolucije",
        "88000 Mostar",
    ),
    "cetinjski": _p(
        "me",
        "Cetinjski manastir",
        "Novice Cerovića bb",
        "81250 Cetinje",
        42.3887,
        18.9226,
        "Europe/Podgorica",
        "Opšta bolnica Danilo I",
        "Vuka Mićunovića bb",
        "81250 Cetinje",
        "+382 41 231 122",
        "Parking Dvorski trg, Njegoševa ulica",
        "81250 Cetinje",
    ),
    "gjirokaster": _p(
        "al",
        "Kalaja e Gjirokastrës",
        "Rruga e Kalasë",
        "Gjirokastër 6001",
        40.0733,
        20.1386,
        "Europe/Tirane",
        "Spitali Rajonal Omer Nishani",
        "Lagjja 18 Shtatori",
        "Gjirokastër 6001",
        "+355 84 263 742",
        "Parkimi i Pazarit, Rruga Gjin Zenebishi",
        "Gjirokastër 6001",
    ),
    # (2) North Macedonia: Ohrid, Bitola, Skopje
    "kaneo": _p(
        "mk",
        "Црква Св. Јован Канео",
        "ул. Кочо Рацин бб",
        "6000 Охрид",
        41.1113,
        20.7889,
        "Europe/Skopje",
        "ЈЗУ Општа болница Охрид",
        "ул. Ѓорѓи Пулевски бб",
        "6000 Охрид",
        "+389 46 255 255",
        "Паркинг Пристаниште, кеј Македонија",
        "6000 Охрид",
    ),
    "herakleja": _p(
        "mk",
        "Хераклеа Линкестис",
        "ул. Хераклеја бб",
        "7000 Битола",
        41.0108,
        21.3425,
        "Europe/Skopje",
        "ЈЗУ Клиничка болница Битола",
        "ул. Партизанска бб",
        "7000 Битола",
        "+389 47 203 000",
        "Паркинг кај влезот, ул. Хераклеја",
        "7000 Битола",
    ),
    "kamenmost": _p(
        "mk",
        "Камен мост",
        "плоштад Македонија бб",
        "1000 Скопје",
        41.9976,
        21.4330,
        "Europe/Skopje",
        "Клинички центар Мајка Тереза",
        "ул. Водњанска 17",
        "1000 Скопје",
        "+389 2 3147 147",
        "Паркинг Старата чаршија, бул. Гоце Делчев",
        "1000 Скопје",
    ),
    # (3) Uruguay / Paraguay / Cuba: Punta del Este, Asunción, Trinidad
    "lamano": _p(
        "uy",
        "La Mano (Los Dedos)",
        "Rambla Claudio Williman, Parada 1",
        "20100 Punta del Este, Maldonado",
        -34.9127,
        -54.9380,
        "America/Montevideo",
        "Hospital de Maldonado (ASSE)",
        "Ventura Alegre y Continuación Batlle",
        "20000 Maldonado",
        "+598 4222 5852",
        "Estacionamiento Parada 2, Avenida Chiverta",
        "20100 Punta del Este, Maldonado",
    ),
    "palaciolopez": _p(
        "py",
        "Palacio de López",
        "Paraguayo Independiente y Ayolas",
        "Asunción 1209",
        -25.2776,
        -57.6397,
        "America/Asuncion",
        "Centro de Emergencias Médicas (ex Policlínico)",
        "Avenida General Santos y Teodoro S. Mongelós",
        "Asunción",
        "+595 21 204 800",
        "Estacionamiento de la Costanera, Av. Costanera",
        "Asunción",
    ),
    "plazamayor": _p(
        "cu",
        "Plaza Mayor",
        "Calle Simón Bolívar esq. Fernando Hernández Echerri",
        "Trinidad 62600, Sancti Spíritus",
        21.8055,
        -79.9846,
        "America/Havana",
        "Hospital General Tomás Carrasana",
        "Calle Antonio Maceo final",
        "Trinidad 62600, Sancti Spíritus",
        "+53 41 99 3201",
        "Explanada del Parque Céspedes, calle José Martí",
        "Trinidad 62600, Sancti Spíritus",
    ),
    # (4) Galicia / Basque Country: Santiago de Compostela, Ourense, Hondarribia
    "obradoiro": _p(
        "es",
        "Praza do Obradoiro",
        "Praza do Obradoiro s/n",
        "15705 Santiago de Compostela",
        42.8806,
        -8.5446,
        "Europe/Madrid",
        "Hospital Clínico Universitario de Santiago (CHUS)",
        "Travesía da Choupana s/n",
        "15706 Santiago de Compostela",
        "+34 981 950 000",
        "Aparcadoiro de Xoán XXIII, Avenida de Xoán XXIII",
        "15704 Santiago de Compostela",
    ),
    "burgas": _p(
        "es",
        "As Burgas",
        "Rúa das Burgas 12",
        "32005 Ourense",
        42.3357,
        -7.8660,
        "Europe/Madrid",
        "Complexo Hospitalario Universitario de Ourense (CHUO)",
        "Rúa Ramón Puga Noguerol 54",
        "32005 Ourense",
        "+34 988 385 500",
        "Aparcadoiro da Praza de Abastos, Rúa Ervedelo",
        "32004 Ourense",
    ),
    "armaplaza": _p(
        "es",
        "Arma Plaza",
        "Arma Plaza 14",
        "20280 Hondarribia, Gipuzkoa",
        43.3640,
        -1.7926,
        "Europe/Madrid",
        "Hospital Bidasoa",
        "Finca Zubieta s/n",
        "20280 Hondarribia, Gipuzkoa",
        "+34 943 007 700",
        "Portuko aparkalekua, Itsasargi kalea",
        "20280 Hondarribia, Gipuzkoa",
    ),
    # (5) Kazakhstan / Uzbekistan: Turkistan, Samarkand, Bukhara
    "yasawi": _p(
        "kz",
        "Мавзолей Ходжи Ахмеда Ясави",
        "проспект Тауке хана, 1",
        "Туркестан 161200",
        43.2930,
        68.2700,
        "Asia/Almaty",
        "Областная многопрофильная больница",
        "улица Бекзат Саттарханова, 5",
        "Туркестан 161200",
        "+7 72533 5 10 03",
        "Стоянка у Карасарая, улица Есим хана",
        "Туркестан 161200",
    ),
    "registan": _p(
        "uz",
        "Площадь Регистан",
        "улица Регистан, 1",
        "Самарканд 140100",
        39.6547,
        66.9758,
        "Asia/Samarkand",
        "Самаркандский филиал РНЦЭМП",
        "улица Мирзо Улугбека, 70",
        "Самарканд 140100",
        "+998 66 233 03 03",
        "Стоянка у мавзолея Гур-Эмир, улица Акромова",
        "Самарканд 140100",
    ),
    "labihauz": _p(
        "uz",
        "Ансамбль Ляби-хауз",
        "улица Бахауддина Накшбанди, 2",
        "Бухара 200100",
        39.7740,
        64.4200,
        "Asia/Samarkand",
        "Бухарский филиал РНЦЭМП",
        "улица Алишера Навои, 40",
        "Бухара 200100",
        "+998 65 223 43 03",
        "Стоянка у Ляби-хауза, улица Ходжа Нурабад",
        "Бухара 200100",
    ),
    # (6) Pakistan / Bangladesh / Nepal: Lahore, Dhaka, Bhaktapur
    "badshahi": _p(
        "pk",
        "Badshahi Mosque",
        "Fort Road, Walled City",
        "Lahore 54000, Punjab",
        31.5880,
        74.3097,
        "Asia/Karachi",
        "Mayo Hospital",
        "Hospital Road, Anarkali",
        "Lahore 54000, Punjab",
        "+92 42 9921 1100",
        "Minar-e-Pakistan parking, Circular Road",
        "Lahore 54000, Punjab",
    ),
    "lalbagh": _p(
        "bd",
        "Lalbagh Fort",
        "Lalbagh Road",
        "Dhaka 1211",
        23.7188,
        90.3881,
        "Asia/Dhaka",
        "Dhaka Medical College Hospital",
        "Secretariat Road, Bakshibazar",
        "Dhaka 1000",
        "+880 2 5516 5088",
        "Lalbagh Shahi Masjid ground, Lalbagh Road",
        "Dhaka 1211",
    ),
    "bhaktapur": _p(
        "np",
        "Bhaktapur Durbar Square",
        "Durbar Square, Bhaktapur Municipality-11",
        "Bhaktapur 44800",
        27.6722,
        85.4280,
        "Asia/Kathmandu",
        "Bhaktapur Hospital",
        "Dudhpati",
        "Bhaktapur 44800",
        "+977 1 6610 676",
        "Siddhapokhari bus park, Bhaktapur",
        "Bhaktapur 44800",
    ),
}

BS_WD = ["ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"]
BS_MON = ["januara", "februara", "marta", "aprila", "maja", "juna", "jula", "augusta"]
BS_MON += ["septembra", "oktobra", "novembra", "decembra"]
ME_MON = ["januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar"]
ME_MON += ["oktobar", "novembar", "decembar"]
SQ_WD = ["e hënë", "e martë", "e mërkurë", "e enjte", "e premte", "e shtunë", "e diel"]
SQ_MON = ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator"]
SQ_MON += ["tetor", "nëntor", "dhjetor"]
MK_WD = ["понеделник", "вторник", "среда", "четврток", "петок", "сабота", "недела"]
MK_MON = ["јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември"]
MK_MON += ["октомври", "ноември", "декември"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
GL_WD = ["luns", "martes", "mércores", "xoves", "venres", "sábado", "domingo"]
GL_MON = ["xaneiro", "febreiro", "marzo", "abril", "maio", "xuño", "xullo", "agosto"]
GL_MON += ["setembro", "outubro", "novembro", "decembro"]
EU_WD = ["astelehena", "asteartea", "asteazkena", "osteguna", "ostirala", "larunbata", "igandea"]
EU_MON = ["urtarrilaren", "otsailaren", "martxoaren", "apirilaren", "maiatzaren", "ekainaren"]
EU_MON += ["uztailaren", "abuztuaren", "irailaren", "urriaren", "azaroaren", "abenduaren"]
RU_WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа"]
RU_MON += ["сентября", "октября", "ноября", "декабря"]
KK_WD = ["дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"]
UZ_WD = ["dushanba", "seshanba", "chorshanba", "payshanba", "juma", "shanba", "yakshanba"]
UR_WD = ["Peer", "Mangal", "Budh", "Jumeraat", "Juma", "Hafta", "Itwaar"]
BN_WD = ["Shombar", "Mongolbar", "Budhbar", "Brihoshpotibar", "Shukrobar", "Shonibar"]
BN_WD += ["Robibar"]
NE_WD = ["Sombar", "Mangalbar", "Budhabar", "Bihibar", "Shukrabar", "Shanibar", "Aaitabar"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "ba": f"{h:02d}:{m:02d}",  # "07:30"
        "ba_h": f"{h}.{m:02d} h",  # "7.30 h"
        "sq": f"ora {h:02d}:{m:02d}",  # Albanian "ora 07:30"
        "mk": f"{h:02d}:{m:02d}",
        "mk_ch": f"{h:02d}:{m:02d} ч.",  # "07:30 ч." (часот)
        "hs": f"{h}:{m:02d} hs.",  # Rioplatense "7:30 hs."
        "hs0": f"{h:02d}:{m:02d} hs",
        "cu": f"{h12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}",  # Cuban "6:30 a.m."
        "gl": f"{h:02d}:{m:02d} h",  # "07:30 h"
        "eu": f"{h:02d}:{m:02d}",
        "ru": f"{h:02d}:{m:02d}",
        "ru_dot": f"{h}.{m:02d}",  # "7.30"
        "pk": f"{h12}:{m:02d} {ap}",  # "7:00 AM"
        "pk_hrs": f"{h:02d}{m:02d} hrs",
        "np": f"{h12}:{m:02d} {ap.lower()}",  # "7:00 am"
    }
    return time_or(forms, hhmm, style)


def _bs_date(d: D) -> str:
    """A Bikram Sambat date for the few days this set prints (Poush / Magh 2083)."""
    poush1 = D(2026, 12, 16)
    n = (d - poush1).days
    return f"{n + 1} Poush 2083 B.S." if n < 29 else f"{n - 28} Magh 2083 B.S."


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    wd, mi = d.weekday(), d.month - 1
    forms = {
        "ba": f"{BS_WD[wd]}, {d.day}. {BS_MON[mi]} {d.year}.",  # "srijeda, 16. decembra 2026."
        "me": f"{BS_WD[wd].capitalize()}, {d.day}. {ME_MON[mi]} {d.year}. ({d:%d.%m.%Y})",
        "sq": f"{SQ_WD[wd]}, {d.day} {SQ_MON[mi]} {d.year}",  # "e enjte, 21 janar 2027"
        "mk": f"{MK_WD[wd]}, {d.day} {MK_MON[mi]} {d.year} г.",  # "среда, 16 декември 2026 г."
        "mk_roman": f"{d.day}.{ROMAN[mi]}.{d.year} ({MK_WD[wd]})",  # "16.XII.2026 (среда)"
        "mk_num": f"{MK_WD[wd].capitalize()}, {d:%d.%m.%Y}",
        "uy": f"{ES_WD[wd].capitalize()} {d.day}/{d.month}/{d.year}",  # "Miércoles 16/12/2026"
        "py": f"{ES_WD[wd]} {d.day} de {ES_MON[mi]} de {d.year}",
        "cu": f"{ES_WD[wd].capitalize()}, {d.day} de {ES_MON[mi]} de {d.year}",
        "gl": f"{GL_WD[wd]}, {d.day} de {GL_MON[mi]} de {d.year} / {ES_WD[wd]} {d:%d/%m/%Y}",
        "gl_num": f"{GL_WD[wd].capitalize()} {d:%d/%m/%Y}",
        "eu": f"{d.year}ko {EU_MON[mi]} {d.day}a, {EU_WD[wd]} / {ES_WD[wd]} {d.day} de "
        f"{ES_MON[mi]} de {d.year}",
        "ru": f"{d.day} {RU_MON[mi]} {d.year} г., {RU_WD[wd]}",  # "15 декабря 2026 г., вторник"
        "ru_kk": f"{d:%d.%m.%Y} ({RU_WD[wd]} / {KK_WD[wd]})",
        "ru_uz": f"{d:%d.%m.%Y} г. ({RU_WD[wd]} / {UZ_WD[wd]})",
        "pk": f"{d:%A}, {d.day} {d:%B} {d.year} ({UR_WD[wd]})",
        "bd": f"{d:%d/%m/%Y} ({BN_WD[wd]})",  # "17/12/2026 (Brihoshpotibar)"
        "np": f"{_bs_date(d)}  /  {d:%A} {d.day} {d:%B} {d.year} ({NE_WD[wd]})",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh61")
_table = partial(head_table, size=7.5, lead=12)
_family = partial(family, _sheet, P)
_day_tables = partial(family_tables, _table, hm)
_tables = partial(worded_tables, _day_tables)
_times = partial(offset_times, hm)
_notice = partial(notice, table=_table, gaps=(8, 6), size=8.5, lead=14, ruled=True)


# --- (1) Western Balkans: PLAN SNIMANJA / POZIV EKIPE, PLANI I XHIRIMIT / THIRRJA E EKIPIT ----

BA_HEADS = {
    "ba": {
        "scenes": (["Sc.", "Slika / opis", "D/N", "Str.", "Glumci"], [0, 30, 330, 365, 410]),
        "cast": (["Glumac", "Uloga", "Prevoz", "Maska", "Na setu"], [0, 120, 240, 320, 410]),
        "steps": [-75, -60, 0],
        "crew": (["Sektor", "Ime", "Telefon", "Poziv"], [0, 110, 260, 410]),
        "notes": "NAPOMENE",
    },
    "sq": {
        "scenes": (["Sk.", "Skena / Scene", "D/N", "Faqe", "Aktorët"], [0, 30, 330, 365, 410]),
        "cast": (["Aktori", "Roli", "Marrja", "Grimi", "Në set"], [0, 120, 240, 320, 410]),
        "steps": [-75, -60, 0],
        "crew": (["Reparti", "Emri", "Telefoni", "Thirrja"], [0, 110, 260, 410]),
        "notes": "SHËNIME / NOTES",
    },
}


@_family(
    "balkan_plan_snimanja",
    "Western Balkan call sheet, A4: the production company and its office left, 'PLAN "
    "SNIMANJA br. 7' (Bosnian / Montenegrin) or 'PLANI I XHIRIMIT nr. 4' (Albanian) and the "
    "shooting day right; title and credits centred; either times down the left ('Poziv "
    "ekipe' / 'Thirrja e ekipit' among doručak, prvi kadar, ručak, kraj) beside three boxes "
    "(LOKACIJA, PARKING / BAZA, BOLNICA - HITNA POMOĆ 124 / 112 / 127) or a grey band with "
    "the date and the crew call, a strip of times and the boxes side by side; scenes, cast, "
    "crew; napomene",
    name="ba_{key}",
)
def _ba(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    w_ = g["words"]
    heads = BA_HEADS[g["lang"]]
    c, x0, right = page("A4", g["font"], margin=34.0)
    w = right - x0
    c.text(x0, 42, g["company"], 10, bold=True)
    grey_text(c, x0, 53, g["office"], 7)
    c.right(right, 42, g["doc"], 12, bold=True)
    c.right(right, 53, g["day_n"], 8)
    c.hline(x0, right, 60, 1.2)
    centre(c, 84, title, 18)
    centre(c, 97, g["credits"], 8, bold=False)
    times = [*_times(call, t, g["before"]), (w_["call"], hm(call, t))]
    times += _times(call, t, g["after"])
    times += [(w_["sun"], f"{hm(rise, t)} / {hm(fall, t)}"), (w_["weather"], g["weather"])]
    blocks = [
        (w_["loc"], [p.name, p.street, p.city, g["set"]]),
        (w_["base"], [p.base_street, p.base_city, g["base_note"]]),
        (w_["hosp"], [*hospital_lines(p), g["emergency"]]),
    ]
    if layout == "cols":
        # times down the left, the place blocks stacked on the right
        c.text(x0, 120, w_["date"], 8, bold=True)
        fit(c, x0, 132, day_text(day, g["date_style"]), 10, w / 2 - 10, bold=True)
        y = label_rows(c, x0, 152, x0 + w / 2 - 10, times, 8.5, 124, 13, rule_drop=4)
        for i, (head, lines) in enumerate(blocks):
            c.box(x0 + w / 2, 112 + i * 66, w / 2, 62, 0.6)
            fit(c, x0 + w / 2 + 5, 122 + i * 66, head, 7, w / 2 - 10, bold=True)
            for j, ln in enumerate(lines):
                fit(c, x0 + w / 2 + 5, 132 + i * 66 + j * 9, ln, 8, w / 2 - 10)
        y = max(y, 112 + 3 * 66) + 10
    else:
        # the date and the crew call in a band, times in a strip, blocks side by side
        fill(c, x0, 108, w, 30, 225)
        c.text(x0 + 6, 127, day_text(day, g["date_style"]), 10.5, bold=True)
        c.right(right - 6, 128, f"{w_['call']}: {hm(call, t)}", 14, bold=True)
        strip = times[:]
        del strip[len(g["before"])]
        cw = w / len(strip)
        for i, (lab, val) in enumerate(strip):
            fit(c, x0 + i * cw, 152, lab, 6.5, cw - 4, bold=True)
            fit(c, x0 + i * cw, 162, val, 8, cw - 4)
        boxed_cells(c, x0, 172, w / 3, blocks, 62, size=7.5, label_size=7)
        y = 250.0
    y = _tables(c, x0, y + 10, right, spec, heads)
    footer(c, g["footer"], x0)
    return c.output()


BA_WORDS = {
    "call": "Poziv ekipe",
    "sun": "Izlazak / zalazak sunca",
    "weather": "Vrijeme",
    "date": "DATUM",
    "loc": "LOKACIJA",
    "base": "PARKING / BAZA",
    "hosp": "BOLNICA - HITNA POMOĆ",
}


def _ba_sheets() -> list[Sheet]:
    return [
        _ba(
            "starimost",
            "Ljeto na Neretvi",
            D(2026, 12, 16),
            "07:30",
            {
                "lang": "ba",
                "layout": "cols",
                "font": "sans",
                "time_style": "ba",
                "table_style": "ba",
                "date_style": "ba",
                "words": BA_WORDS,
                "company": "HERCEG FILM d.o.o.",
                "office": "Maršala Tita 12, 88000 Mostar  ·  +387 36 555 010",
                "doc": "PLAN SNIMANJA br. 7",
                "day_n": "Snimajući dan 7 od 21",
                "credits": "Režija: Amra Hadžić  ·  Producent: Edin Kovačević  ·  I. asistent "
                "režije: Lejla Bešlić",
                "before": [("Doručak", -30)],
                "after": [("Prvi kadar", 60), ("Ručak", 330), ("Kraj snimanja", 630)],
                "weather": "Oblačno, 4-11 °C",
                "set": "istočna obala ispod kule Tara",
                "base_note": "Kamioni i catering; šatl svakih 20 min",
                "emergency": "Hitna pomoć 124  ·  Policija 122",
                "scenes": [
                    ("21", "EXT. STARI MOST - Selma čeka Marka", "D", "1 2/8", "1, 2"),
                    ("22", "EXT. OBALA - skakač se sprema", "D", "6/8", "3"),
                    ("24", "EXT. KUJUNDŽILUK - kupovina", "D", "1", "1, 2"),
                ],
                "cast": [
                    ("Belma Salihović", "SELMA", 0),
                    ("Marko Jurić", "MARKO", 30),
                    ("Dino Omerović", "SKAKAČ", 90),
                ],
                "crew": [
                    ("Produkcija", "Edin Kovačević", "+387 61 555 101", 0),
                    ("Kamera", "Adnan Pašić", "+387 61 555 112", 0),
                    ("Lokacije", "Ivana Marić", "+387 63 555 123", -60),
                ],
                "notes": [
                    "Most ostaje otvoren za turiste: zadržavanje prolaza samo po 2 minute. "
                    "Kameni pod je klizav - obuća s gumenim đonom. Skakači samo uz dozvolu kluba.",
                ],
                "footer": "Herceg Film  ·  Ljeto na Neretvi  ·  Plan snimanja br. 7",
            },
        ),
        _ba(
            "cetinjski",
            "Gospodar",
            D(2027, 1, 12),
            "08:00",
            {
                "lang": "ba",
                "layout": "band",
                "font": "serif",
                "time_style": "ba_h",
                "table_style": "ba",
                "date_style": "me",
                "words": BA_WORDS | {"hosp": "BOLNICA / HITNA 124"},
                "company": "LOVĆEN PRODUKCIJA",
                "office": "Njegoševa 45, 81250 Cetinje",
                "doc": "PLAN SNIMANJA br. 3",
                "day_n": "Dan 3 / 15",
                "credits": "Reditelj: Vuk Radonjić  ·  Izvršna producentkinja: Jelena Vujović",
                "before": [("Maska i kostim", -60)],
                "after": [("Prvi kadar", 75), ("Ručak", 330), ("Kraj", 600)],
                "weather": "Snijeg popodne, -2-5 °C",
                "set": "dvorište manastira i sjeverna kapija",
                "base_note": "Garderoba u Zetskom domu",
                "emergency": "Hitna 124  ·  Policija 122",
                "scenes": [
                    ("8", "EXT. MANASTIR - dolazak vladike", "D", "1", "1, 3"),
                    ("9", "EXT. DVORIŠTE - zakletva", "D", "2 1/8", "1, 2, 3"),
                ],
                "cast": [
                    ("Nikola Vukčević", "VLADIKA", 0),
                    ("Milica Perović", "ANA", 45),
                    ("Luka Đurović", "SERDAR", 60),
                ],
                "crew": [
                    ("Produkcija", "Jelena Vujović", "+382 67 555 201", 0),
                    ("Rasvjeta", "Marko Bošković", "+382 69 555 212", -45),
                    ("Transport", "Petar Raičević", "+382 68 555 223", -90),
                ],
                "notes": [
                    "Manastir je aktivan: tišina za vrijeme službe (10-11 h), bez snimanja "
                    "unutar crkve. Lanci za snijeg u svim vozilima.",
                ],
                "footer": "Lovćen produkcija  ·  Gospodar  ·  Plan snimanja br. 3",
            },
        ),
        _ba(
            "gjirokaster",
            "Qyteti i Gurtë",
            D(2027, 1, 21),
            "07:00",
            {
                "lang": "sq",
                "layout": "cols",
                "font": "sans",
                "time_style": "sq",
                "table_style": "ba",
                "date_style": "sq",
                "words": {
                    "call": "Thirrja e ekipit",
                    "sun": "Lindja / perëndimi",
                    "weather": "Moti",
                    "date": "DATA / DATE",
                    "loc": "VENDNDODHJA / LOCATION",
                    "base": "PARKIMI / UNIT BASE",
                    "hosp": "SPITALI / HOSPITAL - URGJENCA 127",
                },
                "company": "DRINO FILM sh.p.k.",
                "office": "Rruga Ismail Kadare 8, Gjirokastër  ·  for Balkanfilm Berlin",
                "doc": "PLANI I XHIRIMIT nr. 4",
                "day_n": "Dita e xhirimit 4 nga 18",
                "credits": "Regjia / Director: Elira Hoxha  ·  Producent: Gent Lika",
                # HARD: the actors' call and make-up come before the crew call in the same
                # column, the earliest time on the page
                "before": [("Thirrja e aktorëve", -60), ("Grimi / make-up", -45)],
                "after": [("Xhirimi i parë", 60), ("Dreka / lunch", 330), ("Mbarimi", 600)],
                "weather": "Kthjellët, 2-12 °C",
                "set": "tarraca e Kullës së Sahatit dhe galeria e artilerisë",
                "base_note": "Kamionët te pazari; autobusi çdo 30 min",
                "emergency": "Urgjenca 127  ·  Policia 129",
                "scenes": [
                    ("31", "EXT. TARRACA - Lira sheh qytetin", "D", "1", "1"),
                    ("32", "INT. GALERIA - topat e vjetër", "D", "1 4/8", "1, 2"),
                    ("33", "EXT. KULLA E SAHATIT - takimi", "D", "5/8", "2, 3"),
                ],
                "cast": [
                    ("Lira Dervishi", "LIRA", -60),
                    ("Arben Çela", "BABAI", -30),
                    ("Klaus Weber", "MAJOR HOFF", 120),
                ],
                "crew": [
                    ("Prodhimi", "Gent Lika", "+355 69 555 0301", 0),
                    ("Kamera", "Ilir Shehu", "+355 69 555 0312", 0),
                    ("Grimi", "Anila Muça", "+355 68 555 0323", -45),
                ],
                "notes": [
                    "Kalaja hapet për vizitorët në 9:00: no cables on the stairs after that. "
                    "Gurët janë të rrëshqitshëm - wear boots.",
                ],
                "footer": "Drino Film  ·  Qyteti i Gurtë  ·  Plani i xhirimit nr. 4",
            },
        ),
    ]


# --- (2) North Macedonian Cyrillic: ДНЕВЕН ПЛАН ЗА СНИМАЊЕ, Повик за екипа ---------------------

MK_HEADS = {
    "scenes": (["Сц.", "Слика / опис", "Д/Н", "Стр.", "Актери"], [0, 30, 330, 365, 410]),
    "cast": (["Актер", "Улога", "Превоз", "Шминка", "На сет"], [0, 120, 240, 320, 410]),
    "steps": [-75, -60, 0],
    "crew": (["Сектор", "Име и презиме", "Телефон", "Повик"], [0, 110, 260, 410]),
    "notes": "ЗАБЕЛЕШКИ",
}


@_family(
    "mk_dneven_plan",
    "North Macedonian call sheet in Cyrillic (DejaVu), A4: the company and office centred, "
    "'ДНЕВЕН ПЛАН ЗА СНИМАЊЕ бр. 4', the title and credits; either a grid of eight ruled "
    "cells (ДАТУМ, СНИМАЧКИ ДЕН, a heavier ПОВИК ЗА ЕКИПА, прв кадар, ручек, крај, изгрев / "
    "зајдисонце, време) over ruled rows (Локација, Сет, Паркинг, Најблиска болница, Брза "
    "помош 194) or ruled label rows ('Датум: среда, 16 декември 2026 г.', '16.XII.2026', "
    "'Повик за екипа: 07:30') over three boxes; scenes, cast (превоз, шминка, на сет), crew; "
    "забелешки",
    name="mk_{key}",
)
def _mk(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    c, x0, right = page("A4", g["font"], margin=34.0)
    w = right - x0
    centre(c, 40, g["company"], 11)
    centre(c, 52, g["office"], 7.5, bold=False)
    c.hline(x0, right, 58, 0.8)
    centre(c, 78, f"ДНЕВЕН ПЛАН ЗА СНИМАЊЕ бр. {g['n']}", 13)
    centre(c, 98, title, 18)
    centre(c, 111, g["credits"], 8, bold=False)
    date = day_text(day, g["date_style"])
    if layout == "grid":
        # two rows of four ruled cells, label over value; the crew call's cell heavier
        cells = [
            ("ДАТУМ", date),
            ("СНИМАЧКИ ДЕН", g["day_n"]),
            ("ПОВИК ЗА ЕКИПА", hm(call, t)),
            *_times(call, t, g["after"][:1]),
            *_times(call, t, g["after"][1:3]),
            ("ИЗГРЕВ / ЗАЈДИСОНЦЕ", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("ВРЕМЕ", g["weather"]),
        ]
        cw = w / 4
        for i, (lab, val) in enumerate(cells):
            x, y = x0 + (i % 4) * cw, 124 + (i // 4) * 36
            c.box(x, y, cw, 36, 1.4 if lab == "ПОВИК ЗА ЕКИПА" else 0.5)
            fit(c, x + 4, y + 10, lab, 6.5, cw - 8, bold=True)
            big = 13 if lab == "ПОВИК ЗА ЕКИПА" else 8.5
            fit(c, x + 4, y + 27, val, big, cw - 8, bold=lab == "ПОВИК ЗА ЕКИПА")
        rows = [
            ("Локација", f"{p.name}, {p.street}, {p.city}"),
            ("Сет", g["set"]),
            ("Паркинг / база", f"{p.base_street}, {p.base_city}"),
            ("Најблиска болница", f"{p.hospital}, {p.hospital_street}, {p.hospital_city}"),
            ("Итни повици", f"{p.hospital_phone}  ·  Брза помош 194  ·  112"),
        ]
        y = label_rows(c, x0, 210, right, rows, 8.5, 115, 13, rule_drop=4)
    else:
        # ruled label rows, the crew call among them in bold, then three boxes
        rows = [("Датум", date), ("Снимачки ден", g["day_n"])]
        rows += _times(call, t, g["before"])
        rows += [("Повик за екипа", hm(call, t))]
        rows += _times(call, t, g["after"])
        rows += [("Изгрев / зајдисонце", f"{hm(rise, t)} / {hm(fall, t)}")]
        y = label_rows(c, x0, 134, right, rows, 9, 130, 13.5, suffix=":", rule_drop=4)
        blocks = [
            ("ЛОКАЦИЈА", [p.name, p.street, p.city, g["set"]]),
            ("ПАРКИНГ / БАЗА", [p.base_street, p.base_city, g["base_note"]]),
            ("НАЈБЛИСКА БОЛНИЦА", [*hospital_lines(p), "Брза помош 194"]),
        ]
        ruled_cells(c, x0, y, w / 3, blocks, 64, 0.6, label_size=7, size=7.5, lead=10)
        y += 74
    y = _tables(c, x0, y + 10, right, spec, MK_HEADS)
    footer(c, g["footer"], x0)
    return c.output()


def _mk_sheets() -> list[Sheet]:
    return [
        _mk(
            "kaneo",
            "Езерото помни",
            D(2026, 12, 16),
            "07:30",
            {
                "layout": "rows",
                "font": "sans",
                "time_style": "mk",
                "table_style": "mk",
                "date_style": "mk",
                "n": "4",
                "company": "ЛИХНИДА ФИЛМ ДООЕЛ",
                "office": "ул. Македонски просветители 22, 6000 Охрид  ·  +389 46 555 100",
                "day_n": "4 од 20",
                "credits": "Режија: Ана Стојановска  ·  Продуцент: Горан Трајковски",
                "before": [("Појадок", -30)],
                "after": [("Прв кадар", 60), ("Ручек", 330), ("Крај на снимање", 600)],
                "weather": "Ветровито, 3-10 °C",
                "set": "патеката по карпата и терасата на црквата",
                "base_note": "Камиони на кејот; шатл со брод",
                "scenes": [
                    ("12", "EXT. КАНЕО - Вера гледа кон езерото", "Д", "1", "1"),
                    ("13", "EXT. ПАТЕКА - рибарот ја носи мрежата", "Д", "6/8", "2"),
                    ("15", "EXT. ТЕРАСА - разговор", "Д", "1 3/8", "1, 2"),
                ],
                "cast": [("Вера Николовска", "ВЕРА", 0), ("Дејан Петрески", "РИБАРОТ", 60)],
                "crew": [
                    ("Продукција", "Горан Трајковски", "+389 70 555 101", 0),
                    ("Камера", "Никола Илиевски", "+389 71 555 112", 0),
                    ("Локации", "Марија Спасовска", "+389 72 555 123", -60),
                ],
                "notes": [
                    "Патеката е тесна и лизгава: опрема само рачно, без колички. Црквата е "
                    "отворена за посетители до 9:00 и по 16:00.",
                ],
                "footer": "Лихнида филм  ·  Езерото помни  ·  Дневен план бр. 4",
            },
        ),
        _mk(
            "herakleja",
            "Мозаикот",
            D(2027, 1, 14),
            "08:00",
            {
                "layout": "grid",
                "font": "sans",
                "time_style": "mk_ch",
                "table_style": "mk",
                "date_style": "mk_roman",
                "n": "9",
                "company": "ПЕЛИСТЕР ПРОДУКЦИЈА",
                "office": "Широк сокак 60, 7000 Битола",
                "day_n": "9 / 24",
                "credits": "Режија: Игор Димовски  ·  Копродукција со Hellas Film (Солун)",
                "after": [("ПРВ КАДАР", 75), ("РУЧЕК", 330), ("КРАЈ", 570)],
                "weather": "Магла наутро, -3-6 °C",
                "set": "малата базилика и театарот",
                "base_note": "",
                "scenes": [
                    ("40", "EXT. БАЗИЛИКА - мозаикот се открива", "Д", "1 4/8", "1, 2"),
                    ("41", "EXT. ТЕАТАР - археолозите се караат", "Д", "1", "1, 2, 3"),
                ],
                "cast": [
                    ("Елена Ристеска", "ЕЛЕНА", 0),
                    ("Костас Папас", "НИКОС", 30),
                    ("Бранко Стојчевски", "ЧУВАРОТ", 120),
                ],
                "crew": [
                    ("Продукција", "Сашо Јовановски", "+389 75 555 201", 0),
                    ("Светло", "Дарко Велевски", "+389 76 555 212", -45),
                    ("Транспорт", "Зоран Тасевски", "+389 77 555 223", -90),
                ],
                "notes": [
                    "На мозаиците не се гази: само по дрвените патеки. Дозвола од Заводот "
                    "за заштита на спомениците кај продукцијата.",
                ],
                "footer": "Пелистер продукција  ·  Мозаикот  ·  Дневен план бр. 9",
            },
        ),
        _mk(
            "kamenmost",
            "Чаршија",
            D(2027, 2, 3),
            "07:00",
            {
                "layout": "rows",
                "font": "condensed",
                "time_style": "mk",
                "table_style": "mk",
                "date_style": "mk_num",
                "n": "15",
                "company": "ВАРДАР ФИЛМ СТУДИО",
                "office": "бул. Илинден 9, 1000 Скопје  ·  +389 2 555 0300",
                "day_n": "15 од 30",
                # HARD: the next day's crew call is printed as a preview under the day's times
                "before": [("Шминка и костим", -60)],
                "after": [
                    ("Прв кадар", 60),
                    ("Ручек", 330),
                    ("Крај на снимање", 630),
                    ("Утре (04.02.2027): повик", 30),
                ],
                "weather": "Облачно, 0-7 °C",
                "set": "мостот и скалите кон Вардар",
                "base_note": "Кетеринг под мостот Око",
                "credits": "Режија: Марко Ангеловски  ·  Продуцентка: Ивана Јанева",
                "scenes": [
                    ("55", "EXT. КАМЕН МОСТ - бегството", "Д", "1 2/8", "1, 2"),
                    ("56", "EXT. СКАЛИ КОН ВАРДАР - полицијата", "Д", "7/8", "2, 3"),
                ],
                "cast": [
                    ("Александар Митев", "БОЈАН", 0),
                    ("Сара Хусеини", "ЛЕЈЛА", 30),
                    ("Ѓорѓи Коцев", "ИНСПЕКТОРОТ", 90),
                ],
                "crew": [
                    ("Продукција", "Ивана Јанева", "+389 78 555 301", 0),
                    ("Камера", "Филип Трпевски", "+389 70 555 312", 0),
                    ("Обезбедување", "Бесим Рамадани", "+389 71 555 323", -120),
                ],
                "notes": [
                    "Мостот останува отворен за пешаци: блокада само по 3 минути, со "
                    "редарите. Дронот лета само со дозвола од ГВА.",
                ],
                "footer": "Вардар филм студио  ·  Чаршија  ·  Дневен план бр. 15",
            },
        ),
    ]


# --- (3) Uruguay / Paraguay / Cuba: HOJA DE CITACIÓN, CITACIÓN GENERAL, '7:30 hs.' -------------

RP_HEADS = {
    "scenes": (["Esc.", "Decorado / sinopsis", "D/N", "Pág.", "Pers."], [0, 32, 330, 365, 410]),
    "cast": (
        ["Actor / actriz", "Personaje", "Busca", "Maq. / vest.", "Set"],
        [0, 120, 240, 320, 410],
    ),
    "steps": [-80, -60, 0],
    "crew": (["Área", "Nombre", "Celular", "Citación"], [0, 110, 260, 410]),
    "notes": "OBSERVACIONES",
}


@_family(
    "rioplatense_cuba_citacion",
    "Uruguayan / Paraguayan 'HOJA DE CITACIÓN' or Cuban 'PLAN DE RODAJE - CITACIÓN', A4 or "
    "letter: the document's name over the company left, its number and the jornada right; "
    "title and credits; either a heavy box CITACIÓN GENERAL ('7:30 hs.', '6:30 a.m.') beside "
    "rows of the date ('Miércoles 16/12/2026', 'jueves 14 de enero de 2027'), desayuno, "
    "primer plano, almuerzo, fin, sun and forecast, or a grey band with the date and the "
    "general call over a CITACIONES / HORA table by area; LOCACIÓN, BASE, EMERGENCIAS "
    "(hospital, 105 / 141 / 104) boxes; scenes, cast (busca, maq. / vest., set), crew",
    name="rp_{key}",
)
def _rp(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    c, x0, right = page(g.get("paper", "A4"), g["font"], margin=32.0)
    w = right - x0
    c.text(x0, 44, g["doc"], 15, bold=True)
    c.text(x0, 58, g["company"], 8.5)
    c.right(right, 44, g["n"], 11, bold=True)
    c.right(right, 58, g["day_n"], 8.5)
    c.hline(x0, right, 64, 0.8)
    c.text(x0, 86, title, 20, bold=True)
    c.text(x0, 100, g["credits"], 8)
    date = day_text(day, g["date_style"])
    if layout == "box":
        # the general call boxed on the right, the day's facts in rows on the left
        bx = right - 150
        c.box(bx, 112, 150, 74, 1.8)
        c.text(bx + 8, 126, g["call_label"], 9, bold=True)
        c.text(bx + 8, 160, hm(call, t), 24, bold=True)
        rows = [("Fecha", date)]
        rows += _times(call, t, g["before"])
        rows += _times(call, t, g["after"])
        rows += [("Amanecer / atardecer", f"{hm(rise, t)} / {hm(fall, t)}")]
        rows += [("Pronóstico", g["weather"])]
        y = label_rows(c, x0, 124, bx - 10, rows, 8.5, 105, 12.5, suffix=":")
        y = max(y, 196.0)
    else:
        # the date in a grey band, a citaciones table by area with the general call in it
        fill(c, x0, 110, w, 22, 220)
        c.text(x0 + 6, 125, f"Fecha: {date}", 10, bold=True)
        c.right(right - 6, 125, f"{g['call_label']}: {hm(call, t)}", 11, bold=True)
        rows = [(lab, hm(add_minutes(call, off), t)) for lab, off in g["citaciones"]]
        y = _table(c, x0, 150, ["CITACIONES", "HORA"], [0, 200], rows, x0 + w / 2 - 10)
        side = [("Amanecer", hm(rise, t)), ("Atardecer", hm(fall, t))]
        side += [("Pronóstico", g["weather"])]
        label_rows(c, x0 + w / 2 + 6, 150, right, side, 8.5, 70, 13)
        y += 4
    blocks = [
        ("LOCACIÓN", [p.name, p.street, p.city, g["set"]]),
        ("BASE / ESTACIONAMIENTO", [p.base_street, p.base_city, g["base_note"]]),
        (g["hosp_label"], [*hospital_lines(p), g["emergency"]]),
    ]
    ruled_cells(c, x0, y, w / 3, blocks, 64, 0.6, label_size=7, size=7.5, lead=10)
    y = _tables(c, x0, y + 80, right, spec, RP_HEADS)
    footer(c, g["footer"], x0)
    return c.output()


def _rp_sheets() -> list[Sheet]:
    return [
        _rp(
            "lamano",
            "La Mano en la Arena",
            D(2026, 12, 16),
            "07:30",
            {
                "layout": "box",
                "font": "helvetica",
                "time_style": "hs",
                "table_style": "hs",
                "date_style": "uy",
                "doc": "HOJA DE CITACIÓN",
                "company": "Garzón Films S.R.L.  ·  Montevideo  ·  para Nordsee Pictures",
                "n": "Nº 6",
                "day_n": "Jornada 6 de 20",
                "credits": "Dirección: Federico Olivera  ·  Producción: Lucía Techera  ·  1er AD: "
                "Martín Suárez",
                "call_label": "CITACIÓN GENERAL",
                "before": [("Desayuno", -30)],
                "after": [("Primer plano", 60), ("Almuerzo", 330), ("Fin estimado", 630)],
                "weather": "Soleado, viento SE 25 km/h, 19-26 °C",
                "set": "la escultura y la arena de Playa Brava",
                "base_note": "Catering y camarines en la explanada",
                "hosp_label": "EMERGENCIAS (puerta)",
                "emergency": "Emergencia 911  ·  Médico en set: Dr. Pablo Sosa",
                "scenes": [
                    ("18", "EXT. PLAYA BRAVA - Ana entierra la caja", "D", "1", "1"),
                    ("19", "EXT. LA MANO - el fotógrafo la sigue", "D", "1 2/8", "1, 2"),
                    ("22", "EXT. RAMBLA - auto de la policía", "D", "5/8", "2, 3"),
                ],
                "cast": [
                    ("Valentina Rodríguez", "ANA", 0),
                    ("Jonas Becker", "KLAUS", 30),
                    ("Gonzalo Píriz", "COMISARIO", 180),
                ],
                "crew": [
                    ("Producción", "Lucía Techera", "099 555 101", 0),
                    ("Cámara", "Sebastián Correa", "098 555 112", 0),
                    ("Locaciones", "Natalia Pereira", "094 555 123", -60),
                ],
                "notes": [
                    "Playa pública: guardavidas desde las 10 hs. No se mueve la escultura ni "
                    "se pisan los dedos. Protector solar: índice UV 11.",
                ],
                "footer": "Garzón Films  ·  La Mano en la Arena  ·  Hoja de citación Nº 6",
            },
        ),
        _rp(
            "palaciolopez",
            "Guaraní",
            D(2027, 1, 14),
            "06:30",
            {
                "layout": "table",
                "font": "helvetica",
                "time_style": "hs0",
                "table_style": "hs0",
                "date_style": "py",
                "doc": "CITACIÓN GENERAL",
                "company": "Ñandutí Producciones S.A.  ·  Asunción",
                "n": "Día 11",
                "day_n": "de 26 días de rodaje",
                "credits": "Dirección: Marcelo Benítez  ·  Producción ejecutiva: Rocío Giménez",
                "call_label": "Citación general",
                # HARD: the art and production departments are called before the general call,
                # first in the table; the general call sits in its own row of the table too
                "citaciones": [
                    ("Producción y arte", -90),
                    ("Maquillaje y vestuario", -60),
                    ("Citación general", 0),
                    ("Primer plano", 60),
                    ("Almuerzo", 330),
                    ("Fin de jornada", 600),
                ],
                "weather": "Caluroso, 27-38 °C, tormenta 40%",
                "set": "fachada del palacio y jardines de la Costanera",
                "base_note": "Generador detrás del Cabildo",
                "hosp_label": "HOSPITAL / URGENCIAS",
                "emergency": "Emergencias 141  ·  Bomberos 132",
                "scenes": [
                    ("30", "EXT. PALACIO - el presidente sale al balcón", "D", "1 3/8", "1, 4"),
                    ("31", "EXT. JARDINES - Rosa entrega la carta", "D", "1", "2, 3"),
                ],
                "cast": [
                    ("Hugo Ayala", "PRESIDENTE", 0),
                    ("Rosa Cáceres", "ROSA", 30),
                    ("Derlis Villalba", "EDECÁN", 90),
                ],
                "crew": [
                    ("Producción", "Rocío Giménez", "0981 555 201", -90),
                    ("Arte", "Alcides Ortiz", "0982 555 212", -90),
                    ("Seguridad", "Néstor Ramírez", "0983 555 223", -120),
                ],
                "notes": [
                    "Zona de seguridad presidencial: credencial visible, nada de drones. "
                    "Hidratación cada 30 minutos; tereré en la base.",
                ],
                "footer": "Ñandutí Producciones  ·  Guaraní  ·  Citación general día 11",
            },
        ),
        _rp(
            "plazamayor",
            "Los Ingenios",
            D(2027, 2, 9),
            "06:30",
            {
                "layout": "box",
                "paper": "letter",
                "font": "serif",
                "time_style": "cu",
                "table_style": "cu",
                "date_style": "cu",
                "doc": "PLAN DE RODAJE - CITACIÓN",
                "company": "Producciones Guamuhaya  ·  servicio para Andalucía Films (Sevilla)",
                "n": "Plan No. 4",
                "day_n": "Día de filmación 4 de 15",
                "credits": "Dirección: Yanelis Pérez  ·  Jefe de producción: Raúl Cabrera",
                "call_label": "CITACIÓN",
                "before": [("Salida hotel Las Cuevas", -45)],
                "after": [("Primer plano", 60), ("Almuerzo", 300), ("Fin previsto", 570)],
                "weather": "Despejado, 18-28 °C",
                "set": "adoquines de la plaza y escalinata del Palacio Brunet",
                "base_note": "Ómnibus y vestuario en el parque",
                "hosp_label": "HOSPITAL MÁS CERCANO",
                "emergency": "Ambulancias 104  ·  PNR 106",
                "scenes": [
                    ("7", "EXT. PLAZA MAYOR - el mayoral llega a caballo", "D", "1", "1, 2"),
                    ("8", "EXT. ESCALINATA - la subasta", "D", "2", "1, 2, 3"),
                ],
                "cast": [
                    ("Jorge Luis Acosta", "MAYORAL", 0),
                    ("Lieter Hernández", "CARIDAD", 45),
                    ("Pedro Alonso Ruiz", "DON FERMÍN", 60),
                ],
                "crew": [
                    ("Producción", "Raúl Cabrera", "+53 5 555 0301", 0),
                    ("Fotografía", "Alain Morales", "+53 5 555 0312", 0),
                    ("Caballos", "Osmany Díaz", "+53 5 555 0323", -90),
                ],
                "notes": [
                    "Adoquines: nada de ruedas de dolly sin tablones. Caballos solo con su "
                    "cuidador. Agua embotellada en el ómnibus.",
                ],
                "footer": "Producciones Guamuhaya  ·  Los Ingenios  ·  Plan de rodaje No. 4",
            },
        ),
    ]


# --- (4) Galicia / Basque Country: FOLLA DE RODAXE, GRABAKETA-ORRIA, Spanish beside -------------

GE_HEADS = {
    "gl": {
        "scenes": (["Sec.", "Secuencia / decorado", "D/N", "Pág.", "Rep."], [0, 30, 330, 365, 410]),
        "cast": (
            ["Actor / actriz", "Personaxe", "Recollida", "Maq.", "En set"],
            [0, 120, 240, 320, 410],
        ),
        "steps": [-75, -60, 0],
        "crew": (["Equipo", "Nome", "Móbil", "Citación"], [0, 110, 260, 410]),
        "notes": "OBSERVACIÓNS / OBSERVACIONES",
    },
    "eu": {
        "scenes": (
            ["Sek.", "Sekuentzia / secuencia", "E/G", "Orr.", "Akt."],
            [0, 30, 330, 365, 410],
        ),
        "cast": (
            ["Aktorea / actor", "Pertsonaia", "Jasotzea", "Makill.", "Setean"],
            [0, 120, 240, 320, 410],
        ),
        "steps": [-75, -60, 0],
        "crew": (["Taldea / equipo", "Izena", "Mugikorra", "Deialdia"], [0, 110, 260, 410]),
        "notes": "OHARRAK / OBSERVACIONES",
    },
}


@_family(
    "gal_eus_folla_orria",
    "Galician or Basque regional production's call sheet with Spanish beside, A4: a grey "
    "band with 'FOLLA DE RODAXE / HOJA DE RODAJE' or 'GRABAKETA-ORRIA / HOJA DE RODAJE', the "
    "company (TVG / EITB co-production), the number and the day; title and credits centred; "
    "the date in both languages ('xoves, 14 de xaneiro de 2027 / jueves 14/01/2027', "
    "'2027ko urtarrilaren 19a, asteartea / martes 19 de enero de 2027'); either a boxed "
    "column of times ('Citación xeral / general 07:30 h') beside LOCALIZACIÓN, BASE and "
    "HOSPITAL blocks, or 'Deialdia / Citación: 07:30' large over a strip and three boxes; "
    "scenes, cast, crew; observacións / oharrak",
    name="ge_{key}",
)
def _ge(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    wd = g["words"]
    c, x0, right = page("A4", g["font"], margin=34.0)
    w = right - x0
    fill(c, x0, 30, w, 34, 235)
    c.text(x0 + 8, 46, g["doc"], 13, bold=True)
    c.text(x0 + 8, 58, g["company"], 7.5)
    c.right(right - 8, 46, g["n"], 10, bold=True)
    c.right(right - 8, 58, g["day_n"], 7.5)
    centre(c, 88, title, 19)
    centre(c, 101, g["credits"], 8, bold=False)
    date = day_text(day, g["date_style"])
    fit(c, x0, 124, f"{wd['date']}: {date}", 10, w, bold=True)
    times = [*_times(call, t, g["before"]), (wd["call"], hm(call, t))]
    times += _times(call, t, g["after"])
    times += [(wd["sun"], f"{hm(rise, t)} / {hm(fall, t)}")]
    if layout == "column":
        # a boxed column of the day's times on the left, the place blocks on the right
        c.box(x0, 134, 190, 14 + 14 * len(times), 0.8)
        for i, (lab, val) in enumerate(times):
            big = lab == wd["call"]
            fit(c, x0 + 6, 150 + i * 14, lab, 8.5 if big else 7.5, 120, bold=big)
            c.right(x0 + 184, 150 + i * 14, val, 9.5 if big else 8, bold=big)
        bx = x0 + 200
        blocks = [
            (wd["loc"], [p.name, p.street, p.city, g["set"]]),
            (wd["base"], [p.base_street, p.base_city]),
            (wd["hosp"], [*hospital_lines(p), g["sos"]]),
        ]
        yy = 134.0
        for head, lines in blocks:
            c.text(bx, yy + 10, head, 7.5, bold=True)
            for j, ln in enumerate(lines):
                fit(c, bx, yy + 21 + j * 9.5, ln, 8, right - bx)
            yy += 24 + 9.5 * len(lines)
        y = max(yy, 148 + 14 * len(times)) + 8
    else:
        # the crew call large under the date, the times in a strip, three boxes across
        c.text(x0, 150, f"{wd['call']}: {hm(call, t)}", 15, bold=True)
        strip = [r for r in times if r[0] != wd["call"]]
        cw = w / len(strip)
        for i, (lab, val) in enumerate(strip):
            fit(c, x0 + i * cw, 170, lab, 6.5, cw - 4, bold=True)
            fit(c, x0 + i * cw, 180, val, 8, cw - 4)
        blocks = [
            (wd["loc"], [p.name, p.street, p.city, g["set"]]),
            (wd["base"], [p.base_street, p.base_city]),
            (wd["hosp"], [*hospital_lines(p), g["sos"]]),
        ]
        boxed_cells(c, x0, 190, w / 3, blocks, 62, size=7.5, label_size=6.5)
        y = 262.0
    y = _tables(c, x0, y, right, spec, GE_HEADS[g["lang"]])
    footer(c, g["footer"], x0)
    return c.output()


GL_WORDS = {
    "date": "Data / Fecha",
    "call": "Citación xeral / general",
    "sun": "Amencer / solpor",
    "loc": "LOCALIZACIÓN",
    "base": "BASE TÉCNICA / APARCADOIRO",
    "hosp": "HOSPITAL (URXENCIAS / URGENCIAS)",
}


def _ge_sheets() -> list[Sheet]:
    return [
        _ge(
            "obradoiro",
            "A Noite dos Peregrinos",
            D(2027, 1, 14),
            "07:30",
            {
                "lang": "gl",
                "layout": "column",
                "font": "sans",
                "time_style": "gl",
                "table_style": "gl",
                "date_style": "gl",
                "words": GL_WORDS,
                "sos": "Emerxencias 112 Galicia",
                "doc": "FOLLA DE RODAXE / HOJA DE RODAJE",
                "company": "Sétima Lúa Produccións S.L.  ·  en coprodución coa TVG",
                "n": "Nº 8",
                "day_n": "Xornada 8 de 22",
                "credits": "Dirección: Uxía Castro  ·  Produción: Xabier Lema  ·  1ª axudante: "
                "Antía Varela",
                "before": [("Almorzo / desayuno", -30)],
                "after": [("Primeiro plano", 60), ("Xantar / comida", 330), ("Fin", 630)],
                "set": "escalinata da catedral e soportal do Hostal",
                "scenes": [
                    ("15", "EXT. OBRADOIRO - chegan os peregrinos", "D", "1 2/8", "1, 2"),
                    ("16", "EXT. ESCALINATA - Rosalía e o cóengo", "D", "1", "1, 3"),
                    ("18", "EXT. PRAZA - a chuvia", "D", "4/8", "1"),
                ],
                "cast": [
                    ("María Vázquez Otero", "ROSALÍA", 0),
                    ("Brais Fernández", "TOMÁS", 30),
                    ("Manuel Lourenzo", "CÓENGO", 120),
                ],
                "crew": [
                    ("Produción", "Xabier Lema", "600 555 101", 0),
                    ("Cámara", "Iago Domínguez", "600 555 112", 0),
                    ("Localizacións", "Sabela Rey", "600 555 123", -60),
                ],
                "notes": [
                    "A praza segue aberta aos peregrinos: cortes de 3 minutos coa Policía "
                    "Local. Chuvia prevista: capas para todo o equipo en base.",
                ],
                "footer": "Sétima Lúa  ·  A Noite dos Peregrinos  ·  Folla de rodaxe nº 8",
            },
        ),
        _ge(
            "burgas",
            "Auga Quente",
            D(2027, 1, 26),
            "08:00",
            {
                "lang": "gl",
                "layout": "strip",
                "font": "serif",
                "time_style": "gl",
                "table_style": "gl",
                "date_style": "gl_num",
                "words": GL_WORDS | {"call": "Citación xeral"},
                "sos": "Emerxencias 112 Galicia",
                "doc": "FOLLA DE RODAXE",
                "company": "Miño Audiovisual S.L.  ·  Ourense",
                "n": "FR 12",
                "day_n": "Día 12 / 30",
                "credits": "Dirección: Lois Pereiro Novoa  ·  Produción: Carme Gil",
                # HARD: the cast's departure from Vigo, two hours before the crew call, leads
                # the strip, before the make-up
                "before": [("Saída Vigo (elenco)", -120), ("Maquillaxe", -60)],
                "after": [("Primeiro plano", 60), ("Xantar", 300), ("Fin", 600)],
                "set": "pías termais e fonte de arriba",
                "scenes": [
                    ("40", "EXT. BURGAS - vapor pola mañá", "D", "6/8", "1"),
                    ("41", "EXT. FONTE DE ARRIBA - Marta e o avó", "D", "1 4/8", "1, 2"),
                ],
                "cast": [("Marta Lamas", "MARTA", 0), ("Xosé Bieito Souto", "AVÓ", 45)],
                "crew": [
                    ("Produción", "Carme Gil", "600 555 201", 0),
                    ("Son", "Martiño Pazos", "600 555 212", 0),
                    ("Eléctricos", "Roi Abelleira", "600 555 223", -45),
                ],
                "notes": [
                    "Auga a 67 °C: ninguén mete as mans nas pías. Bancos de pedra "
                    "resbaladizos. Baños públicos abertos, respectar o público.",
                ],
                "footer": "Miño Audiovisual  ·  Auga Quente  ·  FR 12",
            },
        ),
        _ge(
            "armaplaza",
            "Itsasoaren Ahotsa",
            D(2027, 1, 19),
            "07:30",
            {
                "lang": "eu",
                "layout": "strip",
                "font": "sans",
                "time_style": "eu",
                "table_style": "eu",
                "date_style": "eu",
                "sos": "SOS Deiak 112",
                "words": {
                    "date": "Data / Fecha",
                    "call": "Deialdia / Citación",
                    "sun": "Egunsentia / ilunabarra",
                    "loc": "KOKALEKUA / LOCALIZACIÓN",
                    "base": "OINARRIA / BASE",
                    "hosp": "OSPITALEA / HOSPITAL (LARRIALDIAK)",
                },
                "doc": "GRABAKETA-ORRIA / HOJA DE RODAJE",
                "company": "Txingudi Filmak S.L.  ·  EITBrekin batera / en coproducción con EITB",
                "n": "14. zk.",
                "day_n": "14. eguna / día 14 de 25",
                "credits": "Zuzendaria / dirección: Ane Etxeberria  ·  Ekoizlea: Iñaki Zubiri",
                "before": [("Gosaria / desayuno", -30)],
                "after": [
                    ("Lehen planoa / primer plano", 60),
                    ("Bazkaria / comida", 330),
                    ("Amaiera / fin", 630),
                ],
                "set": "Parador aurrealdea eta plazaren ekialdea",
                "scenes": [
                    ("22", "KANPO. ARMA PLAZA - Maddi iristen da", "E", "1", "1"),
                    ("23", "KANPO. GAZTELUA - aitonaren istorioa", "E", "1 3/8", "1, 2"),
                ],
                "cast": [
                    ("Itziar Goikoetxea", "MADDI", 0),
                    ("Joxe Mari Arrieta", "AITONA", 60),
                ],
                "crew": [
                    ("Ekoizpena", "Iñaki Zubiri", "688 555 301", 0),
                    ("Kamera", "Unai Lasa", "688 555 312", 0),
                    ("Kokalekuak", "Nerea Olaizola", "688 555 323", -60),
                ],
                "notes": [
                    "Parador irekita dago: bezeroen sarrera librea utzi / dejar libre la "
                    "entrada de clientes. Harri-zoladura irristakorra.",
                ],
                "footer": "Txingudi Filmak  ·  Itsasoaren Ahotsa  ·  Grabaketa-orria 14",
            },
        ),
    ]


# --- (5) Kazakhstan / Uzbekistan, Russian-language: ВЫЗЫВНОЙ ЛИСТ, Сбор группы ---------------

RU_HEADS = {
    "scenes": (["Кадр", "Объект / содержание", "Реж.", "Стр.", "Актёры"], [0, 32, 330, 365, 410]),
    "cast": (["Актёр", "Роль", "Выезд", "Грим", "Площадка"], [0, 120, 240, 320, 410]),
    "steps": [-90, -60, 0],
    "crew": (["Цех", "Ф. И. О.", "Телефон", "Вызов"], [0, 110, 260, 410]),
    "notes": "ПРИМЕЧАНИЯ",
}


@_family(
    "kz_uz_vyzyvnoy_list",
    "Kazakh / Uzbek Russian-language call sheet in DejaVu, A4: the studio and office left, "
    "sometimes the line producer's «УТВЕРЖДАЮ» block right; 'ВЫЗЫВНОЙ ЛИСТ № 12 / ШАҚЫРУ "
    "ПАРАҒЫ' (Kazakh) or '/ CHAQIRUV VARAQASI' (Uzbek), 'Фильм «…»' and credits centred; "
    "either ruled rows (Дата '15 декабря 2026 г., вторник' / '14.01.2027 (четверг / "
    "бейсенбі)', Смена, грим, 'Сбор группы / Топтың жиналуы 07:00', выезд, начало съёмки, "
    "обед, окончание, восход / закат, погода, Объект, Адрес, Стоянка, Больница, Скорая 103) "
    "or a heavy box with the date and the gathering beside ОБЪЕКТ and БОЛЬНИЦА boxes; "
    "scenes (кадр, объект, режим), cast (выезд, грим, площадка), crew (цех, вызов)",
    name="ru_{key}",
)
def _ru(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    side = g["side"]  # the second language's words beside the Russian ones
    c, x0, right = page("A4", g["font"], margin=34.0)
    w = right - x0
    c.text(x0, 40, g["company"], 9.5, bold=True)
    grey_text(c, x0, 51, g["office"], 7)
    if layout == "approved":
        # the line producer's approval block, as on a Soviet-style вызывной лист
        c.right(right, 38, "«УТВЕРЖДАЮ»", 8.5, bold=True)
        c.right(right, 49, g["approver"], 7.5)
        c.right(right, 60, "________________", 7.5)
    centre(c, 82, f"ВЫЗЫВНОЙ ЛИСТ № {g['n']}  /  {side['doc']}", 14)
    centre(c, 100, f"Фильм «{title}»", 15)
    centre(c, 113, g["credits"], 8, bold=False)
    date = day_text(day, g["date_style"])
    rows = [
        ("Дата", date),
        ("Смена", g["shift"]),
        *_times(call, t, g["before"]),
        (f"Сбор группы / {side['call']}", hm(call, t)),
        *_times(call, t, g["after"]),
        ("Восход / закат", f"{hm(rise, t)} / {hm(fall, t)}"),
        ("Погода", g["weather"]),
    ]
    if layout == "approved":
        y = label_rows(c, x0, 136, right, rows, 8.5, 160, 13, suffix=":", rule_drop=4)
        place = [
            ("Объект", f"{p.name}, {g['set']}"),
            ("Адрес", f"{p.street}, {p.city}"),
            ("Стоянка транспорта", f"{p.base_street}, {p.base_city}"),
            (
                f"Больница / {side['hosp']}",
                f"{p.hospital}, {p.hospital_street}, {p.hospital_city}",
            ),
            ("Телефон больницы", f"{p.hospital_phone}  ·  Скорая помощь 103  ·  112"),
        ]
        y = label_rows(c, x0, y + 8, right, place, 8.5, 160, 13, suffix=":", rule_drop=4)
    else:
        # the date and the gathering in a heavy box, the place blocks beside it
        c.box(x0, 124, 170, 70, 1.5)
        fit(c, x0 + 6, 137, date, 8, 158, bold=True)
        c.text(x0 + 6, 152, f"Сбор группы / {side['call']}", 7.5, bold=True)
        c.text(x0 + 6, 180, hm(call, t), 22, bold=True)
        blocks = [
            ("ОБЪЕКТ", [p.name, p.street, p.city, g["set"]]),
            (f"БОЛЬНИЦА / {side['hosp']}", [*hospital_lines(p), "Скорая 103"]),
        ]
        boxed_cells(c, x0 + 176, 124, (w - 176) / 2, blocks, 70, size=7, label_size=6.5)
        del rows[0]
        rows = [r for r in rows if not r[0].startswith("Сбор")]
        rows += [("Стоянка транспорта", f"{p.base_street}, {p.base_city}")]
        y = label_rows(c, x0, 210, right, rows, 8.5, 160, 12.5, suffix=":", rule_drop=4)
    y = _tables(c, x0, y + 8, right, spec, RU_HEADS)
    footer(c, g["footer"], x0)
    return c.output()


KK = {"doc": "ШАҚЫРУ ПАРАҒЫ", "call": "Топтың жиналуы", "hosp": "Аурухана"}
UZ = {"doc": "CHAQIRUV VARAQASI", "call": "Guruh yig'ilishi", "hosp": "Shifoxona"}


def _ru_sheets() -> list[Sheet]:
    return [
        _ru(
            "yasawi",
            "Дорога в Яссы",
            D(2026, 12, 15),
            "07:00",
            {
                "layout": "approved",
                "font": "sans",
                "time_style": "ru",
                "table_style": "ru",
                "date_style": "ru",
                "side": KK,
                "n": "12",
                "company": "ТОО «Шымкент Фильм»",
                "office": "г. Шымкент, пр. Тауке хана, 35  ·  +7 7252 55 01 00",
                "approver": "Директор картины Б. Сейткали",
                "credits": "Режиссёр: Ерлан Нурмагамбетов  ·  Оператор: Данияр Абенов",
                "shift": "12-я смена из 30, 07:00-19:00",
                "before": [("Грим, костюм", -60)],
                "after": [
                    ("Выезд на объект", 15),
                    ("Начало съёмки", 75),
                    ("Обед", 330),
                    ("Окончание смены", 720),
                ],
                "weather": "Ясно, -4…+6 °C, ветер СВ 8 м/с",
                "set": "южный портал и двор",
                "scenes": [
                    ("31", "НАТ. ПОРТАЛ - караван подходит к мавзолею", "Д", "1", "1, 2"),
                    ("32", "НАТ. ДВОР - Айша и дервиш", "Д", "1 2/8", "1, 3"),
                    ("34", "НАТ. СТЕНА - закат", "Д", "3/8", "1"),
                ],
                "cast": [
                    ("Айгерим Сатпаева", "АЙША", 0),
                    ("Нурлан Жумабаев", "КАРАВАНЩИК", 30),
                    ("Асхат Оспанов", "ДЕРВИШ", 60),
                ],
                "crew": [
                    ("Режиссёрская группа", "Алия Мусина", "+7 701 555 01 01", 0),
                    ("Операторский цех", "Данияр Абенов", "+7 702 555 01 12", 0),
                    ("Транспорт", "Серик Ахметов", "+7 705 555 01 23", -90),
                ],
                "notes": [
                    "Объект - музей-заповедник: без дронов, свет не направлять на изразцы. "
                    "Тёплая одежда: съёмка до заката на ветру.",
                ],
                "footer": "ТОО «Шымкент Фильм»  ·  «Дорога в Яссы»  ·  Вызывной лист № 12",
            },
        ),
        _ru(
            "registan",
            "Шёлковая нить",
            D(2027, 1, 14),
            "07:30",
            {
                "layout": "box",
                "font": "sans",
                "time_style": "ru",
                "table_style": "ru",
                "date_style": "ru_uz",
                "side": UZ,
                "n": "5",
                "company": "ООО «Samarqand Media Service»  ·  для Anatolia Yapım (Стамбул)",
                "office": "г. Самарканд, ул. Регистан, 12  ·  +998 66 555 02 00",
                "approver": "",
                "credits": "Режиссёр: Фарход Юсупов  ·  Продюсер: Мурат Кая",
                "shift": "5-я смена, 07:30-19:30",
                "before": [("Грим, костюм", -60)],
                "after": [("Начало съёмки", 60), ("Обед", 330), ("Окончание смены", 690)],
                "weather": "Облачно, +2…+9 °C",
                "set": "портал медресе Шердор и площадь",
                "scenes": [
                    ("14", "НАТ. РЕГИСТАН - купец прибывает", "Д", "1 4/8", "1, 2"),
                    ("15", "НАТ. ШЕРДОР - торг за шёлк", "Д", "1", "1, 2, 3"),
                ],
                "cast": [
                    ("Бехзод Рахимов", "КУПЕЦ", 0),
                    ("Elif Demir", "ЗЕЙНЕП", 30),
                    ("Шухрат Каримов", "ВИЗИРЬ", 60),
                ],
                "crew": [
                    ("Продюсерский цех", "Мурат Кая", "+998 90 555 02 01", 0),
                    ("Операторский цех", "Тимур Алиев", "+998 91 555 02 12", 0),
                    ("Костюм", "Дилноза Назарова", "+998 93 555 02 23", -60),
                ],
                "notes": [
                    "Площадь открыта для туристов: перекрытие по 5 минут с хокимиятом. "
                    "Костюмы массовки выдаются в медресе Тилля-Кари.",
                ],
                "footer": "Samarqand Media Service  ·  «Шёлковая нить»  ·  Вызывной лист № 5",
            },
        ),
        _ru(
            "labihauz",
            "Насреддин возвращается",
            D(2027, 2, 4),
            "08:00",
            {
                "layout": "approved",
                "font": "serif",
                "time_style": "ru_dot",
                "table_style": "ru",
                "date_style": "ru_uz",
                "side": UZ,
                "n": "21",
                "company": "Киностудия «Бухоро Фильм»",
                "office": "г. Бухара, ул. Мустакиллик, 7",
                "approver": "Директор картины Ш. Хамраев",
                "credits": "Режиссёр: Зиёда Исмоилова  ·  Оператор: Рустам Хайдаров",
                # HARD: the hotel bus's departure and the make-up are printed above the
                # gathering, the bus the earliest time on the page
                "shift": "21-я смена",
                "before": [("Выезд из гостиницы «Асия»", -45), ("Грим", -30)],
                "after": [("Начало съёмки", 60), ("Обед", 300), ("Окончание смены", 600)],
                "weather": "Солнечно, +5…+14 °C",
                "set": "восточная сторона хауза и ханака Надир Диван-беги",
                "scenes": [
                    ("60", "НАТ. ХАУЗ - Насреддин на осле", "Д", "1", "1"),
                    ("61", "НАТ. ЧАЙХАНА - спор с кадием", "Д", "1 6/8", "1, 2, 3"),
                ],
                "cast": [
                    ("Обид Асомов", "НАСРЕДДИН", 0),
                    ("Лола Эльтаева", "ГУЛЬДЖАН", 45),
                    ("Хамза Умаров", "КАДИЙ", 60),
                ],
                "crew": [
                    ("Дирекция", "Шавкат Хамраев", "+998 90 555 03 01", -60),
                    ("Операторский цех", "Рустам Хайдаров", "+998 91 555 03 12", 0),
                    ("Животные", "Бахтиёр Ражабов", "+998 93 555 03 23", -90),
                ],
                "notes": [
                    "Осёл и дрессировщик на объекте с 7.00. Чайхана работает: столики для "
                    "посетителей не занимать.",
                ],
                "footer": "«Бухоро Фильм»  ·  «Насреддин возвращается»  ·  Вызывной лист № 21",
            },
        ),
    ]


# --- (6) Pakistan / Bangladesh / Nepal: shift, unit call, pack-up, romanised labels ------------

SA_HEADS = {
    "scenes": (["Sc.", "Scene / location", "D/N", "I/E", "Artists"], [0, 30, 320, 352, 384]),
    "cast": (["Artist", "Character", "Pick-up", "Make-up", "On set"], [0, 120, 230, 320, 410]),
    "steps": [-90, -60, 0],
    "crew": (["Department", "Name", "Mobile", "Reporting"], [0, 110, 250, 400]),
    "notes": "Notes",
}


@_family(
    "south_asia_shift_unit_call",
    "Pakistani, Bangladeshi or Nepali English call sheet with romanised Urdu, Bengali or "
    "Nepali labels, A4: either the production house centred over its office with "
    "'CALL SHEET - Day 9', the title and credits over ruled rows ('Date / Tareekh', 'Shift "
    "/ Shift: Day 7 AM - 7 PM', 'Unit call / Unit ka waqt', first shot, lunch, 'Pack-up', "
    "location, set, parking, hospital, 1122 / 999 / 102, sun) or a dark band and a "
    "two-column grid of boxed facts ('Miti' with a Bikram Sambat date, a heavier 'Unit call' "
    "box) over LOCATION, UNIT BASE and HOSPITAL boxes; scenes, artists, crew; notes",
    name="sa_{key}",
)
def _sa(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    wd = g["words"]
    heads = SA_HEADS | {"notes": wd["notes"]}
    c, x0, right = page("A4", g["font"], margin=34.0)
    w = right - x0
    date = day_text(day, g["date_style"])
    if layout == "grid":
        # a dark band, then a two-column grid of boxed facts; the unit call's box heavier
        fill(c, x0, 30, w, 28, 50)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 8, 49, g["company"], 11, bold=True)
        c.right(right - 8, 49, f"CALL SHEET  ·  {g['day_n']}", 10, bold=True)
        c.pdf.set_text_color(0, 0, 0)
        c.text(x0, 82, title, 19, bold=True)
        c.text(x0, 95, g["credits"], 8)
        cells = [
            (wd["date"], date),
            (wd["shift"], g["shift"]),
            (wd["call"], hm(call, t)),
            *_times(call, t, g["after"]),
            (wd["sun"], f"{hm(rise, t)} / {hm(fall, t)}"),
        ]
        cw = w / 2
        y = 106.0
        for i, (lab, val) in enumerate(cells):
            x, yy = x0 + (i % 2) * cw, y + (i // 2) * 26
            c.box(x, yy, cw, 26, 1.4 if lab == wd["call"] else 0.4)
            c.text(x + 5, yy + 10, lab, 6.5, bold=True)
            fit(c, x + 5, yy + 21, val, 9 if lab == wd["call"] else 8, cw - 10, bold=True)
        y += 26 * ((len(cells) + 1) // 2) + 8
        blocks = [
            (wd["loc"], [p.name, p.street, p.city, g["set"]]),
            (wd["base"], [p.base_street, p.base_city, g["base_note"]]),
            (wd["hosp"], [*hospital_lines(p), g["emergency"]]),
        ]
        ruled_cells(c, x0, y, w / 3, blocks, 64, 0.6, label_size=6.5, size=7.5, lead=10)
        y += 76
    else:
        # the house's name centred, then ruled rows as shared on the unit's WhatsApp group
        centre(c, 40, g["company"], 11)
        centre(c, 52, g["office"], 7.5, bold=False)
        c.hline(x0, right, 58, 0.8)
        centre(c, 78, f"CALL SHEET  -  {g['day_n']}", 12)
        centre(c, 98, title, 17)
        centre(c, 111, g["credits"], 8, bold=False)
        rows = [(wd["date"], date), (wd["shift"], g["shift"])]
        rows += _times(call, t, g["before"])
        rows += [(wd["call"], hm(call, t))]
        rows += _times(call, t, g["after"])
        rows += [
            (wd["loc"], f"{p.name}, {p.street}, {p.city}"),
            ("Set", g["set"]),
            (wd["base"], f"{p.base_street}, {p.base_city}"),
            (wd["hosp"], f"{p.hospital}, {p.hospital_street}, {p.hospital_city}"),
            ("Hospital phone", f"{p.hospital_phone}  ·  {g['emergency']}"),
            (wd["sun"], f"{hm(rise, t)} / {hm(fall, t)}"),
        ]
        y = label_rows(c, x0, 134, right, rows, 8.5, 150, 13, suffix=" :", rule_drop=4)
    y = _tables(c, x0, y + 8, right, spec, heads)
    footer(c, g["footer"], x0)
    return c.output()


def _sa_sheets() -> list[Sheet]:
    return [
        _sa(
            "badshahi",
            "Shahi Qila",
            D(2026, 12, 10),
            "07:00",
            {
                "layout": "rows",
                "font": "helvetica",
                "time_style": "pk",
                "table_style": "pk",
                "date_style": "pk",
                "words": {
                    "date": "Date / Tareekh",
                    "shift": "Shift",
                    "call": "Unit call / Unit ka waqt",
                    "loc": "Location / Maqaam",
                    "base": "Parking / Unit vehicles",
                    "hosp": "Nearest hospital / Haspataal",
                    "sun": "Sunrise / Sunset",
                    "notes": "Notes / Zaroori hidayaat",
                },
                "company": "LAHORI GATE PRODUCTIONS (PVT.) LTD.",
                "office": "42-B Gulberg III, Lahore  ·  +92 42 3555 0100",
                "day_n": "Day 9",
                "credits": "Director: Saad Qureshi  ·  Producer: Mahira Aslam  ·  1st AD: Bilal "
                "Chaudhry",
                "shift": "Day shift 7:00 AM - 7:00 PM",
                "before": [("Breakfast / Nashta", -30)],
                "after": [
                    ("First shot", 60),
                    ("Lunch / Khana", 330),
                    ("Pack-up", 720),
                ],
                "set": "the courtyard and the eastern gateway steps",
                "base_note": "",
                "emergency": "Rescue 1122",
                "scenes": [
                    ("41", "EXT. COURTYARD - Zara feeds the pigeons", "D", "E", "1"),
                    ("42", "EXT. GATEWAY STEPS - the procession", "D", "E", "1, 2, 3"),
                    ("44", "INT. PRAYER HALL ARCADE - Ahmed's confession", "D", "I", "2"),
                ],
                "cast": [
                    ("Ayesha Malik", "ZARA", 0),
                    ("Usman Farooq", "AHMED", 30),
                    ("Naveed Butt", "MAULVI SAHAB", 120),
                ],
                "crew": [
                    ("Production", "Mahira Aslam", "0300 555 0101", 0),
                    ("Camera", "Farhan Sheikh", "0301 555 0112", 0),
                    ("Lights", "Imran Gill", "0302 555 0123", -60),
                ],
                "notes": [
                    "Masjid ka ehtiraam: shoes off inside the courtyard, female crew dupatta "
                    "zaroor. No shooting during namaz (Zuhr around 12:15). NOC copy with Bilal.",
                ],
                "footer": "Lahori Gate Productions  ·  Shahi Qila  ·  Call sheet Day 9",
            },
        ),
        _sa(
            "lalbagh",
            "Pari Bibi",
            D(2026, 12, 17),
            "07:30",
            {
                "layout": "grid",
                "font": "sans",
                "time_style": "pk",
                "table_style": "pk",
                "date_style": "bd",
                "words": {
                    "date": "DATE / TARIKH",
                    "shift": "SHIFT",
                    "call": "UNIT CALL",
                    "loc": "LOCATION / SHOOTING SPOT",
                    "base": "UNIT BASE / GARI PARKING",
                    "hosp": "NEAREST HOSPITAL",
                    "sun": "SUNRISE / SUNSET",
                    "notes": "Notes / Jaruri kotha",
                },
                "company": "BURIGANGA MOTION PICTURES",
                "day_n": "Day 6 of 18",
                "credits": "Director: Tahsin Rahman  ·  Producer: Nusrat Jahan Mitu",
                "shift": "Single shift 7:30 AM - 7:30 PM",
                "after": [
                    ("FIRST SHOT", 75),
                    ("LUNCH BREAK", 330),
                    ("PACK-UP", 720),
                ],
                "set": "the tomb of Pari Bibi and the south lawn",
                "base_note": "Generator van inside the east gate",
                "emergency": "National emergency 999",
                "scenes": [
                    ("12", "EXT. LAWN - Nawab's daughter walks to the tomb", "D", "E", "1, 2"),
                    ("13", "EXT. TOMB - the dream", "D", "E", "1"),
                ],
                "cast": [
                    ("Shirin Akter Mou", "PARI", 0),
                    ("Rafiqul Alam", "NAWAB", 60),
                ],
                "crew": [
                    ("Production", "Nusrat Jahan Mitu", "01711 555 101", 0),
                    ("Camera", "Sabbir Hossain", "01811 555 112", 0),
                    ("Generator", "Kamal Uddin", "01911 555 123", -90),
                ],
                "notes": [
                    "Department of Archaeology permission: no tripods on the tomb plinth. "
                    "Fog expected till 9 AM: cover set INT. DARBAR HALL.",
                ],
                "footer": "Buriganga Motion Pictures  ·  Pari Bibi  ·  Call sheet Day 6",
            },
        ),
        _sa(
            "bhaktapur",
            "Nyatapola",
            D(2026, 12, 22),
            "07:00",
            {
                "layout": "grid",
                "font": "sans",
                "time_style": "np",
                "table_style": "np",
                "date_style": "np",
                "words": {
                    "date": "MITI / DATE",
                    "shift": "SHIFT",
                    "call": "UNIT CALL / BHELA HUNE SAMAYA",
                    "loc": "LOCATION / STHAN",
                    "base": "UNIT BASE / PARKING",
                    "hosp": "NEAREST HOSPITAL / ASPATAL",
                    "sun": "SUNRISE / SUNSET",
                    "notes": "Notes / Suchana",
                },
                # HARD: the Bikram Sambat date comes first in the date box, the Gregorian
                # after it
                "company": "HIMALAYAN FRAME PVT. LTD.  ·  for Oriel Films (London)",
                "day_n": "Day 3 of 12",
                "credits": "Director: Prakash Gurung  ·  Line producer: Sushma Shrestha",
                "shift": "Day shift 7 am - 6 pm",
                "after": [
                    ("FIRST SHOT", 60),
                    ("KHANA / LUNCH", 300),
                    ("PACK-UP", 600),
                ],
                "set": "the Golden Gate and the palace courtyard",
                "base_note": "Catering at Bhaktapur Guest House",
                "emergency": "Ambulance 102  ·  Police 100",
                "scenes": [
                    ("20", "EXT. GOLDEN GATE - Maya photographs the gate", "D", "E", "1"),
                    ("21", "EXT. COURTYARD - the old priest", "D", "E", "1, 2"),
                    ("23", "EXT. DURBAR SQUARE - pottery stalls", "D", "E", "1, 3"),
                ],
                "cast": [
                    ("Emily Hart", "MAYA", 0),
                    ("Bishnu Magar", "PUJARI", 60),
                    ("Bipana Thapa", "SITA", 90),
                ],
                "crew": [
                    ("Production", "Sushma Shrestha", "98510 55101", 0),
                    ("Camera", "Sanjog Maharjan", "98410 55112", 0),
                    ("Fixer", "Rajan Prajapati", "98010 55123", -60),
                ],
                "notes": [
                    "Entry tickets for foreign crew bought by production. Chhalla-chhalla "
                    "bhid: keep the square open for the pottery sellers. Dhanyabad!",
                ],
                "footer": "Himalayan Frame  ·  Nyatapola  ·  Call sheet Day 3",
            },
        ),
    ]


# --- near misses: papers that call people to a place at a time but plan no shoot ------------


def _regatta_crew_call() -> bytes:
    """A Basque trainera rowing club's regatta-day crew call: meet at the boathouse, the bus, the
    heat; a TV crew films the race, the club does not."""
    c, x0, right = page("A4", "sans", margin=40.0)
    w = right - x0
    fill(c, x0, 30, w, 30, 40)
    c.pdf.set_text_color(255, 255, 255)
    c.text(x0 + 8, 50, "BERMEO ARRAUN ELKARTEA", 13, bold=True)
    c.right(right - 8, 50, "ESTROPADA EGUNA / DÍA DE REGATA", 10, bold=True)
    c.pdf.set_text_color(0, 0, 0)
    y = paragraphs(
        c,
        x0,
        84,
        [
            "Deialdia / Convocatoria: trainerua (A taldea) eta ordezkoak / tripulación titular "
            "y suplentes. Kontxako Bandera, sailkapen-txanda / jornada clasificatoria.",
        ],
        9,
        w,
        13,
    )
    _notice(
        c,
        x0,
        right,
        y + 8,
        [
            ("Data / Fecha", "2027ko uztailaren 4a, igandea / domingo 4 de julio de 2027"),
            ("Elkargunea / Cita", "08:00, Arraun-etxea, Lamera kalea 2, 48370 Bermeo"),
            ("Autobusa / Autobús", "08:30 Bermeo - Donostia (Kaiko aparkalekua)"),
            ("Beroketa / Calentamiento", "10:15 ergometroak, 10:45 uretan"),
            ("Txanda / Tanda", "2. txanda, 11:30, 3. kalea / calle 3"),
            ("Medikua / Médico", "Dr. Gorka Atxa +34 688 555 401  ·  SOS Deiak 112"),
        ],
        (
            ["TOSTA / BANCO", "ARRAUNLARIA / REMERO", "OHARRAK"],
            [0, 110, 300],
            [
                ("Patroia", "Iker Bilbao", "Megafonoa eraman"),
                ("Txanbelekoa", "Aitor Elorriaga", ""),
                ("1 - 2", "Jon Ugarte, Mikel Arteaga", ""),
                ("3 - 4", "Unai Zabala, Ander Goitia", "Ander: fisioa 9:00"),
                ("5 - 6", "Asier Mendieta, Xabi Olabarria", ""),
                ("Ordezkoak", "Eneko Madariaga, Peio Larrea", "Arropa ofiziala"),
            ],
        ),
        (
            "Oharrak / Notas",
            [
                "ETB-k estropada zuzenean emango du: kamerak badian eta helikopteroan. Ez hitz "
                "egin kameren aurrean ontziratu arte. / ETB retransmite la regata en directo.",
                "Bazkaria klubean 15:00etan, familiak barne. Ekarri NANa eta lizentzia.",
            ],
        ),
        facts_look=(8.5, 142, 13),
        suffix="",
    )
    return c.output()


def _polio_team_plan() -> bytes:
    """A Nepali municipality's polio and vitamin-A campaign plan for its vaccination teams:
    report to the health post at 7 am, booths, the referral hospital."""
    c, x0, right = page("A4", "helvetica", margin=42.0)
    centre(c, 46, "BANEPA MUNICIPALITY - HEALTH SECTION", 12)
    centre(c, 60, "National Polio Campaign (Sub-national round), Day 1", 9.5, bold=False)
    centre(c, 80, "VACCINATION TEAM MICRO-PLAN  /  KHOP TOLI KARYA-YOJANA", 11)
    c.hline(x0, right, 88, 0.8)
    _notice(
        c,
        x0,
        right,
        106,
        [
            ("Miti / Date", "2083 Magh 12 B.S. (Monday 25 January 2027)"),
            ("Reporting time", "7:00 am at Banepa Health Post, Chandeshwori Road, Banepa-7"),
            ("Booth hours", "8:00 am - 5:00 pm (children 0-59 months)"),
            ("Cold chain", "Vaccine carriers issued 7:15 am, returned by 5:30 pm"),
            ("Referral", "Scheer Memorial Adventist Hospital, Banepa  ·  Ambulance 102"),
        ],
        (
            ["TEAM", "BOOTH / TOLE", "VACCINATOR", "VOLUNTEER (FCHV)", "TARGET"],
            [0, 50, 200, 310, 420],
            [
                ("T-01", "Ward 4 school ground", "Sita Karki (ANM)", "Laxmi Shrestha", "180"),
                ("T-02", "Chandeshwori temple tole", "Ram Bahadur Tamang", "Gita Maharjan", "150"),
                ("T-03", "Bus park (transit booth)", "Anita Gurung", "Kamala Dahal", "220"),
                ("T-04", "Ward 9 community hall", "Sunil Basnet", "Maya Thapa", "160"),
                ("MOB", "Brick kilns, mobile team", "Hari Prasad Adhikari", "-", "90"),
            ],
        ),
        (
            "Instructions / Nirdesan",
            [
                "Mark the left little finger of every child vaccinated. Tally sheets to the "
                "supervisor at 5:30 pm. A Nepal Television crew will film booth T-01 for the "
                "evening news: take the parents' consent first.",
                "Adverse event after vaccination: call the supervisor Mr. Bikash Lama 98510 55601.",
            ],
        ),
        facts_look=(8.5, 110, 13),
        suffix=" :",
    )
    return c.output()


def _shearing_work_order() -> bytes:
    """A Uruguayan shearing gang's (comparsa de esquila) work order for an estancia: meet at the
    gate at dawn, the sheds, the sheep by paddock; a photographer from the wool board visits."""
    c, x0, right = page("A4", "serif", margin=44.0)
    c.text(x0, 48, "COMPARSA DE ESQUILA «LOS TEROS»", 14, bold=True)
    grey_text(c, x0, 60, "Cap. Adrián Silveira  ·  Tacuarembó  ·  099 555 701", 8)
    c.right(right, 48, "ORDEN DE TRABAJO Nº 14", 11, bold=True)
    c.right(right, 60, "Zafra 2026-2027", 8)
    c.hline(x0, right, 66, 1.0)
    _notice(
        c,
        x0,
        right,
        86,
        [
            ("Establecimiento", "Estancia La Aurora, Ruta 26 km 245, paraje Tambores"),
            ("Fecha", "Lunes 14/12/2026 al miércoles 16/12/2026"),
            ("Encuentro", "5:00 hs. en la portera de la estancia (ruta 26)"),
            ("Comienzo de esquila", "6:00 hs.  ·  mate y galleta en el galpón"),
            ("Lanares", "1.850 (ovejas Merino 1.400, borregos 450), potreros 3 y 5"),
            ("Emergencias", "Hospital de Tacuarembó  ·  105  ·  ruta 26 a 40 min"),
        ],
        (
            ["PUESTO", "NOMBRE", "MÁQUINA / TAREA", "TURNO"],
            [0, 90, 230, 380],
            [
                ("Esquilador 1", "Walter Píriz", "Máquina 1 (Tally-Hi)", "6:00 - 17:00"),
                ("Esquilador 2", "Néstor Olivera", "Máquina 2", "6:00 - 17:00"),
                ("Esquilador 3", "Ruben da Rosa", "Máquina 3", "6:00 - 17:00"),
                ("Agarrador", "Julio Cabrera", "Corral y brete", "5:30 - 17:00"),
                ("Vellonero", "Marta Pintos", "Mesa de lana, acondicionamiento", "6:00 - 17:30"),
                ("Prensero", "Carlos Techera", "Prensa y fardos", "7:00 - 18:00"),
                ("Cocinero", "Don Eusebio", "Asado al mediodía", "10:00 -"),
            ],
        ),
        (
            "Observaciones",
            [
                "Esquila Tally-Hi con acondicionamiento según SUL: lana sin pintura ni "
                "garras. Si llueve no se esquila: aviso por WhatsApp a las 4:00.",
                "El martes viene un fotógrafo y un camarógrafo del SUL para la revista: sin "
                "cambios en el trabajo.",
            ],
        ),
        facts_look=(9, 132, 13.5),
        notes_look=(9.5, 8.5, 11.5),
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_regatta_crew_call",
            "a Basque trainera rowing club's regatta-day crew call (deialdia / convocatoria), A4, "
            "Basque with Spanish beside: a dark band with the club and 'ESTROPADA EGUNA / DÍA DE "
            "REGATA'; the date, the meeting time at the boathouse's street address, the bus, "
            "warm-up, the heat and the doctor with 112; a ruled seat / rower table; notes on "
            "ETB's live television cameras",
            _regatta_crew_call,
        ),
        (
            "near_miss_polio_team_plan",
            "a Nepali municipality's polio campaign vaccination team micro-plan, A4: the "
            "municipality's health section, the campaign and 'VACCINATION TEAM MICRO-PLAN'; a "
            "Bikram Sambat date, 'Reporting time: 7:00 am' at the health post's address, booth "
            "hours, cold chain, the referral hospital and 102; a ruled TEAM / BOOTH / VACCINATOR "
            "/ VOLUNTEER / TARGET table; instructions mentioning a TV crew filming a booth",
            _polio_team_plan,
        ),
        (
            "near_miss_shearing_work_order",
            "a Uruguayan shearing gang's (comparsa de esquila) work order, A4 serif: the gang "
            "and its captain, 'ORDEN DE TRABAJO Nº 14' and the season; the estancia on its "
            "route, the dates, 'Encuentro: 5:00 hs.' at the gate, start of shearing, the flock, "
            "the hospital and 105; a ruled PUESTO / NOMBRE / MÁQUINA / TURNO table; notes "
            "mentioning a wool board photographer and cameraman",
            _shearing_work_order,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_ba_sheets(),
        *_mk_sheets(),
        *_rp_sheets(),
        *_ge_sheets(),
        *_ru_sheets(),
        *_sa_sheets(),
        *_other_sheets(),
    ]
