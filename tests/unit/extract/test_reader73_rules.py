"""Rules reader73 added, drawn on small pages in wordings of their own (not fresh51's): a crew
label in a sidebar whose line runs on into a table beside it owns the time set large under
it, and, with no such time, a people table's call column read alone is not sure; a form's
label under a section heading takes its value across the gap at the form's value column;
Lithuanian labels (the crew's gathering, address, base, weather) and Baltic sun pairs;
'LT-' postcodes; towns opening with a marked Latin capital; a street named with one lower-case
word; the sheet's kind and number are no title. Rows are (x, baseline y, text, size) in
points."""

from __future__ import annotations

from pipeline.extract.reader.addresses import find_addresses
from pipeline.extract.reader.title import _DOCUMENT_KIND, _NUMBER_TAG
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import label_rows, masthead, read_day

# --- a crew label in a sidebar, its time set large under it ----------------------------------


def _cells(y: float, size: float, *cells: tuple[float, str]) -> list[Row]:
    return [(x, y, text, size) for x, text in cells]


def _sidebar(big_time: str | None) -> dict:
    rows: list[Row] = [
        (30, 30, "BALTIC COAST FILMS", 9),
        (405, 30, "PLAN ZDJĘCIOWY nr 3", 12),
        (30, 60, "SERIAL „Latarnia”", 16),
        (38, 110, "Data", 7),
        (38, 122, "piątek, 4 grudnia 2026 r.", 8),
        *_cells(122, 8, (195, "1/3"), (241, "LATARNIA - SCHODY"), (395, "W"), (445, "Hela")),
        *_cells(146, 7, (195, "AKTOR"), (305, "POSTAĆ"), (395, "CHARAKT."), (455, "NA PLANIE")),
        (38, 160, "Zbiórka ekipy (parking pod latarnią)", 8),
        *_cells(160, 8, (195, "Anna Nowak"), (305, "HELA"), (395, "5:40"), (455, "7:10")),
        *_cells(170, 8, (195, "Piotr Lis"), (305, "OJCIEC"), (395, "6:10"), (455, "7:40")),
        (38, 206, "Obiad", 7),
        (38, 216, "13:00", 10),
        *_cells(206, 8, (192, "Miejsce zdjęć"), (284, "Latarnia Morska Rozewie")),
        *_cells(216, 8, (192, "Adres"), (284, "ul. Leona Wzorka 1, 84-104 Jastrzębia Góra")),
        *_cells(236, 8, (192, "Najbliższy szpital"), (284, "Szpital Pucki, ul. Żarnowiecka 28")),
        (284, 246, "84-100 Puck", 8),
        *_cells(300, 7, (195, "PION"), (295, "OSOBA"), (405, "TELEFON"), (505, "ZBIÓRKA")),
        *_cells(312, 8, (195, "Kierownik planu"), (295, "Jan Kos"), (405, "601 200 300")),
        *_cells(324, 8, (195, "Operator"), (295, "Ewa Mak"), (405, "602 300 400")),
        *_cells(336, 8, (195, "Scenografia"), (295, "Olga Bór"), (405, "603 400 500")),
        *_cells(312, 8, (505, "5:30")),
        *_cells(324, 8, (505, "6:45")),
        *_cells(336, 8, (505, "5:00")),
    ]
    if big_time is not None:
        rows.append((38, 180, big_time, 20))
    return read_day(render(rows, unicode_font=True))


def test_the_time_set_large_under_a_sidebar_crew_label_is_the_call() -> None:
    day = _sidebar("6:45")
    assert day["call_time"] == "06:45"


def test_with_no_time_under_it_the_people_column_is_not_sure() -> None:
    """Negative: the crew label's own time is not printed where it can be read; the crew
    list's first person's call (5:30) must never be confirmed as the crew's."""
    day = _sidebar(None)
    assert day["call_time"] != "05:30" or day["field_confidence"]["call_time"] < 0.85


# --- a form's label under a section heading ----------------------------------------------------


def _form(hospital_x: float) -> dict:
    rows: list[Row] = [
        *masthead("Kopų kinas", "„Marios“", "Planas Nr. 3"),
        (40, 100, "LAIKAS", 10),
        *label_rows(
            ("Data", "2026-12-03"),
            ("Filmavimo grupės susirinkimas", "07:15"),
            ("Pietūs", "13:00"),
            ("Saullēkts / saulriets", "08:31 / 15:52"),
            ("Oras", "Vėjuota, +2 °C"),
            value_x=250,
            top=116,
        ),
        (40, 200, "VIETA", 10),
        *label_rows(
            ("Filmavimo vieta", "Kuršių nerijos muziejus"),
            ("Adresas", "Naglių g. 8, LT-93123 Neringa"),
            ("Bazė", "Aikštelė prie prieplaukos, LT-93121 Neringa"),
            value_x=250,
            top=216,
        ),
        (40, 270, "MEDICINA", 10),
        (40, 286, "Artimiausia ligoninė", 9),
        (hospital_x, 286, "Klaipėdos jūrininkų ligoninė", 9),
        (hospital_x, 298, "Liepojos g. 45, LT-92288 Klaipėda", 9),
        (40, 312, "Tel.", 9),
        (hospital_x, 312, "+370 46 410 500", 9),
    ]
    return read_day(render(rows, unicode_font=True))


def test_a_lithuanian_form_reads_its_call_place_sun_and_hospital() -> None:
    day = _form(250)
    assert day["call_time"] == "07:15"
    assert day["sunrise"] == "08:31" and day["sunset"] == "15:52"
    assert "Naglių g. 8" in day["location"]
    assert day["hospital"]["name"] == "Klaipėdos jūrininkų ligoninė"


def test_a_value_off_the_form_column_is_not_taken_across_the_gap() -> None:
    """Negative: the hospital's name starts far off the form's value column: it is not read as
    the label's value across the gap (what is under the label is read instead)."""
    day = _form(420)
    assert (day.get("hospital") or {}).get("name") != "Klaipėdos jūrininkų ligoninė" or (
        day["field_confidence"]["hospital"] < 0.85
    )


# --- addresses -------------------------------------------------------------------------------


def test_lithuanian_postcodes_with_their_prefix() -> None:
    (a,) = find_addresses("Laisvės al. 53, LT-44309 Kaunas")
    assert a.postcode == "44309" and a.city == "Kaunas"


def test_towns_opening_with_a_marked_capital() -> None:
    for text, town in [
        ("Vilniaus g. 5, LT-76001 Šiauliai", "Šiauliai"),
        ("Hlavní 5, 010 01 Žilina", "Žilina"),
        ("Pražská 12, 252 30 Řevnice", "Řevnice"),
    ]:
        (a,) = find_addresses(text)
        assert a.city == town


def test_a_street_named_with_one_lower_case_word() -> None:
    (a,) = find_addresses("Nová cesta 12, 602 00 Brno")
    assert a.street == "Nová cesta 12"


def test_words_in_lower_case_before_a_number_are_no_street() -> None:
    """Negatives: a sentence's words, or two lower-case words after a capital."""
    assert find_addresses("see the map 12, 602 00 Brno") == []
    assert find_addresses("Meet at gate 12, 602 00 Brno") == []


# --- titles ----------------------------------------------------------------------------------


def test_the_sheets_kind_and_number_are_no_title() -> None:
    assert _DOCUMENT_KIND.match("Filmavimo dienos planas Nr. 12")
    assert _DOCUMENT_KIND.match("DENNÍ PLÁN NATÁČENÍ")
    assert _NUMBER_TAG.fullmatch("Nr. 7") and _NUMBER_TAG.fullmatch("No. 12")
    assert not _NUMBER_TAG.fullmatch("Nr. 7 Sonata")  # negative: a title after the number
    assert not _DOCUMENT_KIND.match("Dienos šviesa")  # negative: a title of its own


def test_a_label_with_its_own_value_under_it_keeps_it() -> None:
    """Negative: 'LOCATION' over its own lines, a schedule's heading across the gap at the
    form's value column, is not read as owning that heading."""
    rows: list[Row] = [
        *masthead("Quayside Pictures", "HARBOUR LIGHTS", "Call sheet 4"),
        (40, 100, "CALL SHEET", 12),
        *label_rows(
            ("Date", "Thursday 12 November 2026"),
            ("Crew call", "07:30"),
            ("Lunch", "13:00"),
            ("Wrap", "18:00"),
            value_x=250,
            top=120,
        ),
        (40, 176, "THE DAY'S PLACES", 9),
        (40, 190, "LOCATION", 7),
        (250, 190, "SC", 8),
        (280, 190, "DESCRIPTION", 8),
        (40, 202, "Harbour Mill", 8),
        (250, 202, "21", 8),
        (280, 202, "INT. MILL. Anna counts the sacks", 8),
        (40, 214, "12 Quay Street, Whitby YO21 1DH", 8),
        (40, 240, "NEAREST HOSPITAL", 7),
        (40, 252, "Whitby Hospital, Spring Hill, Whitby YO21 1EE", 8),
    ]
    day = read_day(render(rows))
    assert "12 Quay Street" in (day["location"] or "")


def test_a_stacked_bilingual_address_pair_completes_the_place() -> None:
    rows: list[Row] = [
        *masthead("Kopų kinas", "„Marios“", "Planas Nr. 3"),
        (40, 100, "Data 2026-12-03", 9),
        (40, 114, "Grupės susirinkimas 07:15", 9),
        (330, 100, "Filmavimo vieta", 8),
        (330, 108, "Location", 7),
        (338, 122, "Kuršių nerijos muziejus", 10),
        (330, 140, "Adresas", 8),
        (330, 148, "Address", 7),
        (338, 162, "Naglių g. 8", 10),
        (338, 176, "LT-93123 Neringa", 10),
        (330, 200, "Artimiausia ligoninė", 8),
        (338, 214, "Klaipėdos jūrininkų ligoninė, Liepojos g. 45, LT-92288 Klaipėda", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert "Naglių g. 8" in (day["location"] or "")
