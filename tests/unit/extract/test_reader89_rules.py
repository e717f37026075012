"""What the reader missed on service-company sheets in South-East Asia and Israel and on long
label tables (reader89), drawn on small pages of its own in other wordings:

- a year in the 2500s the sheet marks Buddhist-era ('B.E. 2570', '2570 BE', or the Gregorian
  year beside it: '4 March 2570 / 2027', '4 Mar 2570 (2027)') is that Gregorian year; a bare
  '4 March 2570', or one beside a year that is not 543 less, is no year;
- the sheet's name in the local language and English ('BAI KHIU / CALL SHEET', 'LỊCH QUAY /
  CALL SHEET') before the title after a middle dot is a name, not the title;
- Hebrew weekdays in Latin letters ('Yom Revi'i', 'Yom Chamishi') settle a numeric date's
  day/month order;
- Hebrew street types in Latin letters ('Rehov', 'Derech', 'Sderot') start a street.

Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from pipeline.extract.reader.buddhist_era import marked_era_year
from pipeline.extract.reader.dates import find_dates
from tests.fixtures.callsheets import DEJAVU, Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85

# --- Buddhist-era years the sheet marks ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Wednesday 3 March 2570 / 2027", "2027-03-03"),
        ("Wan Phut 3 Mar 2570 (2027)", "2027-03-03"),
        ("3 March B.E. 2570", "2027-03-03"),
        ("3rd March 2570 BE", "2027-03-03"),
        ("March 3, 2570 / 2027", "2027-03-03"),
        ("3 March 2570 - 2027 shoot day 4", "2027-03-03"),
    ],
)
def test_a_marked_buddhist_era_year_is_its_gregorian_year(text: str, iso: str) -> None:
    assert [p.value for p in find_dates(text)] == [iso]


@pytest.mark.parametrize(
    "text",
    [
        "3 March 2570",  # bare: a typo as likely as an era
        "3 March 2570 / 2031",  # the year beside it is not 543 less
        "3 March 2570 (2028)",
    ],
)
def test_an_unmarked_year_in_the_2500s_is_no_year(text: str) -> None:
    assert find_dates(text) == []
    assert [p.value for p in find_dates(text, yearless=True)] == ["--03-03"]


def test_only_a_year_in_the_2500s_is_an_era_year() -> None:
    text = "3 March 2027 / 2027"
    assert marked_era_year(text, 8, 12) is None
    assert marked_era_year("B.E. 2570", 5, 9) == 2027
    assert marked_era_year("พ.ศ. 2570", 5, 9) == 2027


def _service_sheet(name: str, title: str, date: str) -> list[Row]:
    return [
        (40, 36, "Golden Reel Services · Bangkok", 10),
        (40, 50, f"{name} / CALL SHEET · {title}", 13),
        (40, 80, f"{date}      Day 2 / 9", 11),
        (40, 110, "Crew call 06:00", 8.5),
        (40, 124, "Sunrise 06:31     Sunset 17:55", 8.5),
        (40, 150, "LOCATION", 7),
        (40, 162, "Lumphini Park, Rama IV Road, Pathum Wan, Bangkok 10330", 8),
        (40, 190, "HOSPITAL", 7),
        (40, 202, "Chulalongkorn Hospital, 1873 Rama IV Road, Bangkok 10330", 8),
    ]


@pytest.mark.parametrize(
    ("name", "title", "date", "iso"),
    [
        ("BAI KHIU", "Lantern Boats", "Wan Sao 6 March 2570 / 2027", "2027-03-06"),
        ("LỊCH QUAY", "The Quiet Ferry", "Thứ Bảy, 6 March 2027", "2027-03-06"),
        ("HOJA DE RUTA", "Silver Coast", "Saturday 6 March 2027", "2027-03-06"),
    ],
)
def test_the_sheets_name_in_two_languages_is_not_the_title(
    name: str, title: str, date: str, iso: str
) -> None:
    day = read_day(render(_service_sheet(name, title, date), unicode_font=True))
    assert day["production"] == title
    assert day["shooting_date"] == iso
    assert day["confidence"] >= SURE


def test_a_title_before_a_slash_and_the_sheets_name_alone_is_kept() -> None:
    rows = _service_sheet("X", "Y", "Saturday 6 March 2027")
    rows[1] = (40, 50, "NIGHT ORCHARD / CALL SHEET", 13)  # no title after it: the run is one
    day = read_day(render(rows, unicode_font=True))
    assert day["production"] == "NIGHT ORCHARD"


# --- Hebrew weekdays and street types in Latin letters ------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Yom Revi'i, 03/02/27", "2027-02-03"),  # Wednesday 3 February
        ("03.02.27 | Yom Revi'i", "2027-02-03"),
        ("Yom Shishi 05/02/27", "2027-02-05"),
        ("Shabbat 06/02/27", "2027-02-06"),
    ],
)
def test_a_hebrew_weekday_settles_the_order(text: str, iso: str) -> None:
    found = find_dates(text)
    assert [p.value for p in found] == [iso]
    assert found[0].quality >= SURE


def test_a_word_like_a_weekday_without_yom_settles_nothing() -> None:
    found = find_dates("Revi 03/02/27")
    assert found and found[0].quality < SURE


def _israeli_sheet(address: str) -> list[Row]:
    return [
        (40, 36, "Carmel Line Productions", 10),
        (40, 62, "Olive Harvest", 19),
        (40, 90, "Date: Yom Sheni, 01/02/27", 9),
        (40, 104, "Crew call: 07:15", 9),
        (40, 118, "Sunrise 06:35  Sunset 17:12", 9),
        (40, 146, "LOCATION", 8),
        (40, 158, "Old Olive Press", 8),
        (40, 168, address, 8),
        (40, 178, "Haifa 3303120", 8),
        (40, 200, "HOSPITAL: Rambam Health Care Campus, 8 HaAliya HaShniya Street, Haifa", 8),
    ]


@pytest.mark.parametrize("street", ["Rehov HaGefen", "Derech HaAtzmaut", "Sderot Ben Gurion"])
def test_a_hebrew_street_type_starts_the_address(street: str) -> None:
    day = read_day(render(_israeli_sheet(street), unicode_font=True))
    assert day["shooting_date"] == "2027-02-01"
    assert day["location"].startswith(street)
    assert day["field_confidence"]["location"] >= SURE


def _width(text: str, size: float) -> float:
    pdf = FPDF(unit="pt")
    pdf.add_font("DejaVu", "", str(DEJAVU))
    pdf.set_font("DejaVu", size=size)
    return float(pdf.get_string_width(text))


# --- a mirrored caption form (labels flush right, values flush right before them) ----------


def _mirrored(place: list[str], hospital: list[str]) -> list[Row]:
    def right(text: str, edge: float, y: float, size: float = 8.5) -> Row:
        return (edge - _width(text, size), y, text, size)

    rows: list[Row] = [
        (34, 34, "GALIL NORTH FILMS CALL SHEET", 10),
        (34, 60, "Harvest Wind", 19),
    ]
    captions = [
        ("Yom Shlishi, 02/02/27", "Ta'arikh / Date"),
        ("07:15", "Sha'at hagaa / Crew call"),
        ("06:35", "Zrichah / Sunrise"),
        ("17:12", "Shki'ah / Sunset"),
    ]
    y = 100.0
    for value, label in captions:
        rows += [right(value, 426, y), right(label, 561, y)]
        y += 13
    for lines, label in ((place, "Makom / Location"), (hospital, "Beit cholim / Hospital")):
        y += 6
        rows += [right(lines[0], 411, y), right(label, 561, y)]
        for text in lines[1:]:
            y += 10
            rows.append(right(text, 411, y, 8))
        y += 13
    return rows


def test_a_mirrored_form_gives_each_label_the_block_before_it() -> None:
    place = ["Old Olive Press", "Rehov HaGefen 4", "Haifa 3303120"]
    hospital = ["Rambam Health Care Campus", "HaAliya HaShniya Street 8", "Haifa 3109601"]
    day = read_day(render(_mirrored(place, hospital), unicode_font=True))
    assert day["shooting_date"] == "2027-02-02"
    assert day["location"].startswith("Rehov HaGefen 4")
    assert day["hospital"]["name"] == "Rambam Health Care Campus"
    assert day["field_confidence"]["location"] >= SURE


# --- a long LABEL | VALUE | NOTE table: the place's address on its own row -----------------


def _long_table(gloss: str, address: str) -> list[Row]:
    pairs = [
        ("Dato / Date", "onsdag d. 3. februar 2027", ""),
        ("Mødetid / Crew call", "07.30", "hele holdet"),
        ("Frokost / Lunch", "12.30", "30 min"),
        ("Optagested / Location", "Gammel Havn", ""),
        (gloss, address, ""),
        ("Motiv / Set", "kajen og pakhuset", ""),
        ("Skadestue / Nearest A&E", "Aalborg Universitetshospital", "25 min"),
        ("Solopgang / Sunrise", "08.19", ""),
        ("Solnedgang / Sunset", "16.44", ""),
        ("Vejr / Weather", "Overskyet, 1-4 °C", ""),
    ]
    rows: list[Row] = [(36, 29, "Havnens Ekko DAGSPLAN / CALL SHEET nr. 2", 18)]
    for n, (label, value, note) in enumerate(pairs):
        y = 94 + 13 * n
        rows += [(40, y, label, 7.5), (190, y, value, 7.5)]
        if note:
            rows.append((395, y, note, 7.5))
    return rows


@pytest.mark.parametrize("gloss", ["Adresse / Address", "Address"])
def test_the_address_row_under_the_location_row_is_its_address(gloss: str) -> None:
    day = read_day(render(_long_table(gloss, "Havnegade 12, 9000 Aalborg"), unicode_font=True))
    assert day["location"].startswith("Havnegade 12")
    assert day["field_confidence"]["location"] >= SURE


# --- a generic call label's lone hour with its words of insistence --------------------------


def _call_sheet(call: str) -> list[Row]:
    return [
        (40, 40, "Lagoon Light Pictures Ltd", 11),
        (40, 70, "Water Money", 18),
        (40, 100, "DATE: Wednesday 3rd February, 2027", 9),
        (40, 114, f"CALL TIME: {call}", 9),
        (40, 128, "LUNCH: 12:30pm", 9),
        (40, 142, "LOCATION: Harbour View Hotel, 14 Marina Road, Accra, Ghana", 9),
    ]


@pytest.mark.parametrize(
    "call", ["7AM PROMPT (artistes as below)", "7am sharp", "7 a.m.", "7:00am (cast see call list)"]
)
def test_a_lone_call_with_insistence_is_sure(call: str) -> None:
    day = read_day(render(_call_sheet(call), unicode_font=True))
    assert day["call_time"] == "07:00"
    assert day["field_confidence"]["call_time"] >= SURE


@pytest.mark.parametrize("call", ["7AM (cast 9AM)", "7AM or 8AM"])
def test_a_call_cell_with_another_time_stays_in_doubt(call: str) -> None:
    day = read_day(render(_call_sheet(call), unicode_font=True))
    assert day["field_confidence"]["call_time"] < SURE


# --- the year after a middle dot, the region after a town, a road in a known city -----------


def test_a_year_after_a_middle_dot_is_the_dates() -> None:
    assert [p.value for p in find_dates("SAT FEB 6 · 2027  6:30 AM")] == ["2027-02-06"]
    assert find_dates("FEB 6 · 27 crew") == []  # a two-digit number after a dot is no year


def test_a_street_named_like_a_city_is_no_city() -> None:
    from pipeline.extract.reader.sun import _city_in

    assert _city_in("San Francisco 401, Puerto Varas") is None
    assert _city_in("Dublin 15, Ireland") is not None  # a Dublin district, not a house number


def test_a_road_over_its_known_city_is_the_address() -> None:
    from pipeline.extract.reader.place_finder import _street_under_name, road_trust

    lines = ["Maison du Port", "Rue Carnot", "Plateau, Dakar"]
    assert _street_under_name(lines) == "Rue Carnot"
    assert road_trust(lines) >= SURE
    assert road_trust(["Maison du Port", "Rue Carnot", "the quay steps"]) < SURE
    assert road_trust(["Maison du Port", "Rue Carnot", "Plateau, Nowhereville"]) < SURE
