"""Rules reader84 added, drawn in wordings and layouts of their own (not fresh57's sheets): a
Romanian weekday of three letters ("joi") settles a numeric date's day/month order; a sheet
with no region that names itself in a language whose countries write the day first ("ORDINE
DEL GIORNO", "HOJA DE CITACIONES", "ORDEM DO DIA") reads its numeric dates day first; a
heading beside a hospital label made only of a department's words ("SPITAL - UPU (urgențe)",
"(urgence)") is part of the label, and a hospital "named" by such words alone is doubted;
Brazilian / Portuguese and Québécois labels ("chamada da equipe", "urgência", "morada",
"hôpital le plus près"); an address label is stacked under its place label by its own words'
boxes, not its line's (a tall call time in another column joins the rows it spans). Rows are
(x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.date_order import date_order, day_first_by_name
from pipeline.extract.reader.dates import find_dates
from pipeline.extract.reader.label_gloss import hospital_label_words
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

# --- a Romanian weekday of three letters settles a numeric date's order -------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Data: joi, 04.03.2027", "2027-03-04"),  # Thursday 4 March, not 3 April (a Saturday)
        ("JOI 08/04/2027", "2027-04-08"),  # Thursday 8 April, not 4 August (a Wednesday)
        ("Vin. 05.03.2027", "2027-03-05"),  # Friday 5 March
        ("dum, 07.03.2027", "2027-03-07"),  # Sunday 7 March
    ],
)
def test_romanian_short_weekday_settles_the_order(text: str, want: str) -> None:
    found = find_dates(text, us_order=None)
    assert found and found[0].value == want and found[0].quality >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "joi 05.03.2027",  # Thursday: neither 5 March (a Friday) nor 3 May (a Monday)
        "Data: 04.03.2027 (notă: joi)",  # the word not right before the date
        "Mijloc 04.03.2027",  # a word that only starts like a weekday ("mi...")
    ],
)
def test_romanian_weekday_that_settles_nothing_leaves_the_doubt(text: str) -> None:
    assert find_dates(text, us_order=None)[0].quality < 0.5


def test_romanian_weekday_settles_the_other_order_too() -> None:
    found = find_dates("joi 06.03.2027", us_order=None)  # 3 June is the Thursday, not 6 March
    assert found[0].value == "2027-06-03" and found[0].quality >= 0.9


def test_romanian_weekday_never_overrides_a_known_order() -> None:
    found = find_dates("joi, 04.03.2027", us_order=True)  # a US sheet: month first, as printed
    assert found[0].value == "2027-04-03"


# --- a day-first document name settles the order when no region does --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ORDINE DEL GIORNO n. 3\nData 03/04/2027",
        "Foglio di lavorazione - giorno 2",
        "HOJA DE CITACIÓN - Jornada 4",
        "Hoja de llamado Nº 12",
        "ORDEM DO DIA 7",
        "Folha de servico n.º 2",
        "Feuille de route - jour 3",
        "FOAIA DE CHEMARE nr. 2",
        "Full de citacions",
    ],
)
def test_day_first_document_names(text: str) -> None:
    assert day_first_by_name(text)
    assert date_order(None, None, text) is False


@pytest.mark.parametrize(
    "text",
    [
        "CALL SHEET\nDate 03/04/2027",
        "Order of the day: wrap by six",
        "Service road closed; route via the ordem gate",  # no document's name
        "Point of order: the day starts at 7",
    ],
)
def test_no_day_first_name(text: str) -> None:
    assert not day_first_by_name(text)
    assert date_order(None, None, text) is None


def test_a_region_keeps_its_own_order() -> None:
    text = "HOJA DE LLAMADO\nFecha 03/04/2027"
    assert date_order("US", True, text) is True  # a US Spanish sheet: month first
    assert date_order("GB", None, text) is None  # a North American template abroad: open


def _odg(title: str, date_label: str, date: str) -> list[Row]:
    return [
        (40, 40, "STUDIO LAGUNA S.R.L.", 9),
        (40, 56, title, 12),
        (40, 80, "La Bottega", 18),
        (40, 110, f"{date_label} {date}", 10),
        (40, 126, "Convocazione troupe ore 8:00", 10),
        (40, 142, "Set: Palazzo Ducale di Urbino, Piazza Rinascimento 13, 61029 Urbino PU", 9),
        (40, 158, "Pronto soccorso: Ospedale Santa Maria della Misericordia, Urbino", 9),
        (40, 190, "SC. AMBIENTE G/N", 8),
        (40, 204, "12 INT. BOTTEGA - il maestro G", 8),
    ]


def test_italian_sheet_reads_its_numeric_date_day_first() -> None:
    day = read_day(render(_odg("ORDINE DEL GIORNO N. 3", "Data", "03/04/2027")))
    assert day["shooting_date"] == "2027-04-03"
    assert day["field_confidence"]["shooting_date"] >= 0.85


def test_an_unnamed_sheet_keeps_the_doubt() -> None:
    day = read_day(render(_odg("CALL SHEET - DAY 3", "Data", "03/04/2027")))
    assert day["field_confidence"]["shooting_date"] < 0.85


# --- a department-only heading beside a hospital label -----------------------------------------


@pytest.mark.parametrize(
    "text", ["UPU (urgențe)", "CPU - urgențe", "(urgence)", "Urgência", "UPU", "A&E (urgences)"]
)
def test_department_words(text: str) -> None:
    assert hospital_label_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Spitalul Municipal Sighișoara",
        "Hôpital Sainte-Croix",
        "UPU Sibiu",
        "Urgențe Județean Sibiu",
    ],
)
def test_not_department_words(text: str) -> None:
    assert not hospital_label_words(text)


def _romanian(heading: str, under: list[str]) -> list[Row]:
    rows: list[Row] = [
        (40, 40, "CARPAȚI FILM S.R.L.", 9),
        (40, 56, "FOAIE DE CHEMARE nr. 3", 12),
        (40, 80, "Drumul Sării", 18),
        (40, 110, "Data: marți, 9 martie 2027", 10),
        (40, 126, "Chemare echipă ora 7:00", 10),
        (40, 150, "LOCAȚIE", 9),
        (40, 164, "Salina Turda, Aleea Durgăului 7, 401106 Turda", 9),
        (300, 150, heading, 9),
    ]
    rows += [(300, 164 + 12 * n, text, 9) for n, text in enumerate(under)]
    rows += [(40, 220, "SC. DECOR Z/N", 8), (40, 234, "4 INT. SALINA - mina Rudolf Z", 8)]
    return rows


def test_department_heading_reads_the_hospital_below() -> None:
    under = ["Spitalul Municipal Câmpia Turzii", "Strada Avram Iancu 25", "405100 Câmpia Turzii"]
    day = read_day(render(_romanian("SPITAL - CPU (urgențe)", under), unicode_font=True))
    assert day["hospital"]["name"] == "Spitalul Municipal Câmpia Turzii"


def test_named_heading_keeps_its_name() -> None:
    """A hospital named in the heading's place is the name, not a department."""
    under = ["Strada Avram Iancu 25", "405100 Câmpia Turzii"]
    day = read_day(render(_romanian("SPITAL - Spitalul Câmpia Turzii", under), unicode_font=True))
    assert day["hospital"]["name"] == "Spitalul Câmpia Turzii"


def test_a_department_alone_is_doubted() -> None:
    """No name under it: 'UPU (urgențe)' names no hospital; a person says which."""
    day = read_day(render(_romanian("SPITAL", ["UPU (urgențe)"]), unicode_font=True))
    name = (day["hospital"] or {}).get("name")
    assert name is None or day["field_confidence"]["hospital"] < 0.85


def test_quebec_nearest_hospital_with_its_department() -> None:
    rows: list[Row] = [
        (40, 40, "PRODUCTIONS DU LAC INC.", 9),
        (40, 56, "FEUILLE DE ROUTE - Jour 4 de 20", 10),
        (40, 80, "Les Saisons", 18),
        (40, 110, "Date : jeudi 11 mars 2027", 10),
        (40, 126, "Appel général : 7 h 00", 10),
        (40, 150, "Lieu de tournage : Auberge du Lac, 12 chemin du Lac, Magog (Québec) J1X 3W2", 9),
        (40, 180, "HÔPITAL LE PLUS PRÈS", 9),
        (170, 180, "(urgence)", 9),
        (40, 194, "Hôpital de Memphrémagog", 9),
        (40, 206, "50 rue Saint-Patrice Est, Magog (Québec) J1X 3X3", 9),
        (40, 240, "SC. DÉCOR J/N", 8),
        (40, 254, "3 INT. AUBERGE - salle à manger J", 8),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["hospital"]["name"] == "Hôpital de Memphrémagog"


# --- Portuguese labels, and an address label stacked by its own words --------------------------


def _ordem(call_label: str, place: str, address_label: str, hospital_label: str) -> list[Row]:
    """A heavy call box at 26 pt on the left beside ruled label rows on the right: the call's
    time spans the place's and the address's rows."""
    rows: list[Row] = [
        (40, 40, "ORDEM DO DIA Nº 3", 10),
        (300, 40, "ATLÂNTICO FILMES", 9),
        (40, 70, "Maré Alta", 18),
        (40, 110, call_label, 12),
        (40, 140, "08h00", 26),
        (200, 110, "Data", 9),
        (290, 110, "terça-feira, 9 de março de 2027", 9),
        (200, 124, "Diária", 9),
        (290, 124, "3 de 18", 9),
        (200, 136, "Locação", 9),
        (290, 136, place, 9),
        (200, 148, address_label, 9),
        (290, 148, "Rua do Farol 40, Aveiro, 3800-200", 9),
        (200, 164, hospital_label, 9),
        (290, 164, "Hospital Infante D. Pedro", 9),
        (290, 176, "Avenida Artur Ravara, 3810-164 Aveiro", 9),
        (40, 220, "CENA LOCAÇÃO D/N", 8),
        (40, 234, "5 EXT. FAROL - a chegada D", 8),
    ]
    return rows


@pytest.mark.parametrize(
    ("call_label", "address_label", "hospital_label"),
    [
        ("CHAMADA DA EQUIPA", "Morada", "Urgência"),
        ("CHAMADA DA EQUIPE", "Endereço", "Urgências"),
    ],
)
def test_portuguese_box_and_rows(call_label: str, address_label: str, hospital_label: str) -> None:
    day = read_day(
        render(
            _ordem(call_label, "Farol da Barra", address_label, hospital_label), unicode_font=True
        )
    )
    assert day["call_time"] == "08:00"
    assert "Rua do Farol 40" in day["location"]
    assert day["hospital"]["name"] == "Hospital Infante D. Pedro"


def test_address_label_above_the_place_is_not_its_address() -> None:
    """The address row printed before the place's row: not stacked under it, so it is not
    that place's address."""
    rows = _ordem("CHAMADA DA EQUIPE", "Farol da Barra", "Endereço", "Urgência")
    moved = {"Endereço": 133, "Locação": 148, "Farol da Barra": 148}
    rows = [
        (x, 133 if t.startswith("Rua do Farol") else moved.get(t, y), t, s) for x, y, t, s in rows
    ]
    day = read_day(render(rows, unicode_font=True))
    assert "Rua do Farol" not in (day["location"] or "")


def _rocca(call_baseline: float) -> list[Row]:
    """An Italian call box with its time at 28 pt, its baseline level with the address row:
    the time's box runs from above the LOCATION row to under the INDIRIZZO row."""
    return [
        (40, 40, "ORDINE DEL GIORNO N. 4", 10),
        (40, 70, "La Rocca", 18),
        (40, 126, "CONVOCAZIONE TROUPE", 11),
        (40, call_baseline, "ore 7:30", 28),
        (220, 126, "DATA", 9),
        (310, 126, "giovedì 11 marzo 2027", 9),
        (220, 150, "LOCATION", 9),
        (310, 150, "Rocca Albornoz", 9),
        (220, 164, "INDIRIZZO", 9),
        (310, 164, "Piazza della Rocca 1, 05018 Orvieto TR", 9),
        (40, 220, "SC. AMBIENTE G/N", 8),
        (40, 234, "5 EST. ROCCA - l'arrivo G", 8),
    ]


@pytest.mark.parametrize("call_baseline", [164, 166, 170])
def test_address_label_stacked_by_its_own_words(call_baseline: float) -> None:
    day = read_day(render(_rocca(call_baseline), unicode_font=True))
    assert day["call_time"] == "07:30"
    assert day["location"].startswith("Piazza della Rocca 1")
    assert day["field_confidence"]["location"] >= 0.85
