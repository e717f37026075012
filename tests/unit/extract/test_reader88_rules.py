# ruff: noqa: RUF001, RUF002
"""Rules reader88 added, drawn in wordings and layouts of their own (not fresh61's sheets): a
temperature's '+14 °C' is no North American dialling code; a weekday printed after a Slavic
year's abbreviation ('г.', 'god.') checks a numeric date; Albanian, Macedonian and Galician
month names; an emergency service beside or instead of a hospital label names no hospital, and
'Hospital de ...' / 'Hospital X' opening the box under such a heading is the name; 'bb' and
's/n' stand for a house number; a city's name run on by 'de ...' is another town; Macedonian,
Albanian, Galician and Basque labels; the Albanian sun pair with 'ora'; a Cyrillic word for the
kind of film before a quoted title; Cyrillic street types written first; a colon set apart
after a label's gloss; a label's word glued to its time by a colon. Rows are (x, baseline y,
text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.bounds import _label_and_time
from pipeline.extract.reader.classify import region, us_date_order
from pipeline.extract.reader.dates import find_dates
from pipeline.extract.reader.emergency_heading import emergency_words
from pipeline.extract.reader.model import Word
from pipeline.extract.reader.place_finder import one_address
from pipeline.extract.reader.sun import _city_in
from pipeline.extract.reader.title import quoted_kind_title
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

# --- a temperature's sign is no dialling code ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Погода: ясно, +3…+12 °C\nДата: 05.03.2027",
        "Weather: +16°C, light wind\nDate 05.03.2027",
        "Temperatura +18 / +24 °C",
    ],
)
def test_a_temperature_is_no_north_american_code(text: str) -> None:
    assert region(text) != "US"
    assert us_date_order(region(text), text) is not True


@pytest.mark.parametrize(
    "text",
    [
        "Office +1 212 555 0100",
        "Tel. +1 (416) 555-0199",
        "+1-604-555-0123",
        "+12125550100",
        "Tel. (+1) 212 555 0100",
    ],
)
def test_a_north_american_number_still_says_us(text: str) -> None:
    assert region(text) == "US"


# --- a weekday after the year's abbreviation checks the date -------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Дата съёмки: 05.03.2027 г. (пятница)", "2027-03-05"),  # Friday 5 March, not 3 May
        ("06.03.2027 г., суббота", "2027-03-06"),
        ("Datum: 5.3.2027. god. (petak)", "2027-03-05"),
        ("Датум: 09.03.2027 (вторник)", "2027-03-09"),
    ],
)
def test_weekday_after_the_year_word_settles_the_order(text: str, want: str) -> None:
    found = find_dates(text, us_order=True)  # even against a wrong region's order
    assert found[0].value == want and found[0].quality == 1.0


def test_weekday_after_the_year_word_that_disagrees_is_doubt() -> None:
    found = find_dates("Дата: 05.03.2027 г. (среда)", us_order=None)  # neither is a Wednesday
    assert found[0].quality < 0.5


def test_no_weekday_after_the_year_word_leaves_the_doubt() -> None:
    found = find_dates("Дата: 05.03.2027 г. Смена 3", us_order=None)
    assert found[0].quality < 0.5


# --- Albanian, Macedonian and Galician month names -------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("e premte, 5 shkurt 2027", "2027-02-05"),
        ("Data: 12 qershor 2027", "2027-06-12"),
        ("петок, 8 јануари 2027", "2027-01-08"),
        ("venres, 5 de febreiro de 2027", "2027-02-05"),
        ("Data: 3 de xullo de 2027", "2027-07-03"),
    ],
)
def test_new_month_names(text: str, want: str) -> None:
    assert find_dates(text, us_order=None)[0].value == want


@pytest.mark.parametrize("text", ["Gush 12 2027", "nën 12 vjeç 2027"])
def test_short_albanian_names_that_are_words_are_no_months(text: str) -> None:
    assert not find_dates(text, us_order=None)


# --- an emergency service beside a hospital label --------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["HITNA POMOĆ", "HITNA 94", "URGJENCA 127", "(LARRIALDIAK)", "URXENCIAS", "(puerta)"],
)
def test_emergency_words(text: str) -> None:
    assert emergency_words(text)


@pytest.mark.parametrize(
    "text",
    ["Opća bolnica Zadar", "Hospital Bidasoa", "Urgjenca e Spitalit Rajonal", "Hitna 94 Split", ""],
)
def test_not_emergency_words(text: str) -> None:
    assert not emergency_words(text)


def _boxes(heading: str, under: list[str], *, call: str = "Zbor ekipe: 7:00") -> list[Row]:
    rows: list[Row] = [
        (40, 40, "JADRAN FILM d.o.o.", 9),
        (40, 56, "DNEVNI PLAN SNIMANJA br. 5", 12),
        (40, 80, "Bura", 18),
        (40, 110, "Datum: petak, 5. ožujka 2027.", 10),
        (40, 126, call, 10),
        (40, 150, "LOKACIJA", 9),
        (40, 164, "Tvrđava Sv. Nikole", 9),
        (40, 176, "Put Sv. Nikole 3", 9),
        (40, 188, "22000 Šibenik", 9),
        (320, 150, heading, 9),
    ]
    rows += [(320, 164 + 12 * n, text, 9) for n, text in enumerate(under)]
    rows += [(40, 240, "SC. MJESTO D/N", 8), (40, 254, "4 EXT. TVRĐAVA - oluja D", 8)]
    return rows


@pytest.mark.parametrize("heading", ["BOLNICA - HITNA SLUŽBA", "BOLNICA / HITNA 94"])
def test_an_emergency_service_beside_the_label_reads_the_name_below(heading: str) -> None:
    under = ["Opća bolnica Šibenik", "Stjepana Radića 83", "22000 Šibenik"]
    day = read_day(render(_boxes(heading, under), unicode_font=True))
    assert day["hospital"]["name"] == "Opća bolnica Šibenik"


def test_a_name_beside_the_label_stays_the_name() -> None:
    rows = _boxes("BOLNICA - Opća bolnica Šibenik", ["22000 Šibenik"])
    day = read_day(render(rows, unicode_font=True))
    assert day["hospital"]["name"] == "Opća bolnica Šibenik"


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("URGENCIAS (acceso)", "Hospital de Cruces"),
        ("OSPITALEA / HOSPITAL", "Hospital Donostia"),
        ("EMERGENCIAS", "Hospital del Mar"),
    ],
)
def test_hospital_opening_the_box_under_its_heading_is_the_name(heading: str, name: str) -> None:
    under = [name, "Plaza de Cruces 12", "48903 Barakaldo"]
    rows = _boxes(heading, under, call="Citación general: 7:00")
    assert read_day(render(rows, unicode_font=True))["hospital"]["name"] == name


def test_hospital_label_with_its_colon_keeps_the_rest_as_its_value() -> None:
    rows = _boxes("URGENCIAS", ["Hospital: Cruces", "Plaza de Cruces 12", "48903 Barakaldo"])
    name = read_day(render(rows, unicode_font=True))["hospital"]["name"]
    assert name == "Cruces"


# --- 'bb' and 's/n' stand for the house number ---------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        (["Kalemegdan", "Kalemegdan bb", "11000 Beograd"], "Kalemegdan bb, 11000 Beograd"),
        (["Парк", "бул. Гоце Делчев бб", "1000 Скопје"], "бул. Гоце Делчев бб, 1000 Скопје"),
        (["Mosteiro", "Rúa do Mosteiro s/n", "36800 Vigo"], "Rúa do Mosteiro s/n, 36800 Vigo"),
    ],
)
def test_no_house_number_mark_over_postcode(lines: list[str], address: str) -> None:
    assert one_address(lines)[1] == address


def test_a_word_ending_bb_over_a_time_is_no_address() -> None:
    assert one_address(["Notes", "Rehearsal bb", "1000 Lunch"])[1] is None


# --- Cyrillic street types written first ---------------------------------------------------------


def test_russian_street_with_its_number_after_a_comma() -> None:
    lines = ["Парк Горького", "улица Крымский Вал, 9", "Москва 119049"]
    assert one_address(lines)[1] == "улица Крымский Вал, 9, Москва 119049"


def test_a_lower_case_line_that_is_no_street_stays_out() -> None:
    assert one_address(["Парк Горького", "съёмка у фонтана, 9", "Москва 119049"])[1] is None


# --- a city's name run on by a particle is another town ------------------------------------------


def test_a_longer_town_name_is_not_the_city() -> None:
    assert _city_in("Rúa do Vilar 2, 15705 Santiago de Compostela") is None


@pytest.mark.parametrize(
    "text", ["Avenida Libertador 1, Santiago", "Huérfanos 1, Santiago de Chile"]
)
def test_the_city_itself_is_found(text: str) -> None:
    city = _city_in(text)
    assert city is not None and city.name == "Santiago"


# --- labels: Macedonian, Albanian, Galician, Basque -----------------------------------------------


def _lines(*texts: str, size: float = 10) -> list[Row]:
    return [(40, 40 + 16 * n, t, size) for n, t in enumerate(texts)]


def test_macedonian_labels() -> None:
    rows = _lines(
        "ДНЕВЕН ПЛАН ЗА СНИМАЊЕ бр. 2",
        "Езерска приказна",
        "Датум: петок, 5 март 2027 г.",
        "Прв кадар: 09:00",
        "Повик за екипа: 08:15",
        "Изгрев / зајдисонце: 06:20 / 17:50",
        "Локација: Самоил тврдина, ул. Цар Самоил бб, 6000 Охрид",
        "Најблиска болница: ЈЗУ Општа болница Охрид, 6000 Охрид",
    )
    day = read_day(render(rows, unicode_font=True))
    assert (day["call_time"], day["sunrise"], day["sunset"]) == ("08:15", "06:20", "17:50")
    assert day["hospital"]["name"].startswith("ЈЗУ Општа болница Охрид")


def test_albanian_labels_and_sun_pair() -> None:
    rows = _lines(
        "PLANI I XHIRIMIT nr. 2",
        "Deti i Jugut",
        "Data: e premte, 5 mars 2027",
        "Thirrja e aktorëve ora 07:00",
        "Thirrja e ekipit ora 08:00",
        "Lindja / perëndimi ora 06:20 / ora 17:45",
        "Vendndodhja: Kalaja e Porto Palermos, Rruga e Himarës, Himarë 9425",
    )
    day = read_day(render(rows, unicode_font=True))
    assert (day["call_time"], day["sunrise"], day["sunset"]) == ("08:00", "06:20", "17:45")


@pytest.mark.parametrize(
    ("sun", "call"),
    [
        ("Amencer / solpor 07:55 h / 19:10 h", "Citación xeral: 08:30 h"),
        ("Egunsentia / ilunabarra 07:55 / 19:10", "Deialdia / Citación: 08:30"),
    ],
)
def test_galician_and_basque_sun_labels(sun: str, call: str) -> None:
    rows = _lines(
        "FOLLA DE RODAXE nº 3",
        "O Faro",
        "Data: 5 de marzo de 2027",
        "Almorzo 08:00",
        call,
        sun,
        "Localización: Faro de Fisterra, Estrada do Faro s/n, 15155 Fisterra",
    )
    day = read_day(render(rows, unicode_font=True))
    assert (day["call_time"], day["sunrise"], day["sunset"]) == ("08:30", "07:55", "19:10")


# --- a Cyrillic word for the kind before a quoted title -------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Фильм «Степной ветер»", "Степной ветер"),
        ("художественный фильм «Степь»", "Степь"),
        ("телесериал «Город», серия", None),
        ("Театр «Современник»", None),
    ],
)
def test_cyrillic_kind_before_a_quoted_title(text: str, title: str | None) -> None:
    assert quoted_kind_title(text) == title


# --- a colon set apart after a label's gloss -----------------------------------------------------


def test_a_colon_set_apart_closes_a_glossed_label() -> None:
    rows: list[Row] = [
        (40, 40, "CALL SHEET - Day 4", 14),
        (40, 62, "Neelam", 16),
        (40, 90, "Date / Tareekh : Friday, 5 March 2027", 10),
        (40, 106, "Unit call : 7:30 AM", 10),
        (40, 122, "Location / Jagah :", 10),
        (160, 122, "Empress Market, Saddar, Karachi 74400, Sindh", 10),
        (40, 138, "Nearest hospital / Haspataal :", 10),
        (200, 138, "Jinnah Hospital, Rafiqui Shaheed Road, Karachi 75510", 10),
    ]
    day = read_day(render(rows))
    assert day["location"].startswith("Empress Market, Saddar")
    assert day["hospital"]["name"] == "Jinnah Hospital"


# --- a label's word glued to its time -------------------------------------------------------------


def test_glued_label_and_time_split() -> None:
    word = Word("жиналуы:07:00", 100.0, 165.0, 10.0, 20.0, 9.0)
    label, time = _label_and_time(word)
    assert (label.text, time.text) == ("жиналуы:", "07:00")
    assert label.x0 == 100.0 and time.x1 == 165.0 and label.x1 == time.x0


@pytest.mark.parametrize("text", ["10:30:00", "Ref:12345", "http://x.org", "Call:7", "ab:07:00"])
def test_other_words_stay_whole(text: str) -> None:
    assert len(_label_and_time(Word(text, 0.0, 50.0, 0.0, 10.0))) == 1


# --- a corner of two streets over a town and its clock-like code ----------------------------------


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        (
            ["Panteón", "Mariscal Estigarribia y Brasil", "Asunción 1217"],
            "Mariscal Estigarribia y Brasil, Asunción 1217",
        ),
        (
            ["Teatro", "Sarandí esq. Bacacay", "Montevideo 1103"],
            "Sarandí esq. Bacacay, Montevideo 1103",
        ),
    ],
)
def test_a_corner_over_its_town_and_code(lines: list[str], address: str) -> None:
    assert one_address(lines)[1] == address


@pytest.mark.parametrize(
    "lines",
    [
        ["Notes", "Camera y Sound", "Lunch 1215"],  # a label word: a schedule's row
        ["Plaza", "Mitre y Belgrano", "Rosario 1230"],  # on a five-minute step: a time
        ["Mitre y Belgrano", "Rosario 1217"],  # no name above the corner
    ],
)
def test_no_corner_address(lines: list[str]) -> None:
    assert one_address(lines)[1] is None
