"""Value-first rules from sheets the reader had not seen (issue 15, fresh2 misses): each rule on
a small page of its own. Rows are (x, y, text, size) in points on a letter page."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.addresses import find_address
from pipeline.extract.reader.dates import find_dates
from pipeline.extract.reader.email_header import subject_title
from pipeline.extract.reader.sanity import title_findings
from pipeline.extract.reader.times import find_time
from pipeline.extract.reader.title import clean_title
from tests.fixtures.callsheets import render

Row = tuple[float, float, str, float]


def _render(rows: list[Row]) -> bytes:
    return render(rows, unicode_font=True)


def _day(rows: list[Row]) -> dict[str, Any]:
    result = extract_document(_render(rows)).to_json()
    assert result["document_type"] == "call_sheet"
    return result["days"][0]


def _head(title: str = "HARBOUR PILOTS") -> list[Row]:
    return [(40, 40, title, 16), (40, 60, "CALL SHEET", 10), (400, 60, "Tuesday 12 May 2026", 10)]


def test_an_address_label_in_another_language_completes_the_place_above_it() -> None:
    # Given a Czech sheet: the set's name under MOTIV, its street on the next line under ADRESA
    rows = [
        *_head(),
        (40, 90, "Sraz štábu: 7:00", 9),
        (40, 110, "MOTIV: Barrandov Studio - ateliér 4", 9),
        (40, 124, "ADRESA: Kříženeckého nám. 322/5, 152 00 Praha 5", 9),
    ]
    day = _day(rows)
    # Then the location is the street, and the name stays with it
    assert day["location"] == "Kříženeckého nám. 322/5, 152 00 Praha 5"
    assert day["locations"][0]["name"] == "Barrandov Studio - ateliér 4"


def test_an_address_label_vouches_for_a_form_the_finder_does_not_know() -> None:
    # Given a Swedish set whose street ("torg", a number range) is no known address form
    rows = [
        *_head(),
        (40, 90, "Samling 07.00", 9),
        (40, 110, "Inspelningsplats", 9),
        (140, 110, "Södra Teatern", 9),
        (40, 124, "Adress", 9),
        (140, 124, "Mosebacke torg 1-3, 116 46 Stockholm", 9),
    ]
    # Then the ADDRESS label's text is the location
    assert _day(rows)["location"] == "Mosebacke torg 1-3, 116 46 Stockholm"


def test_a_time_printed_before_its_label_is_its_value() -> None:
    # Given a Nordic day plan: each row starts with the time, then what happens
    rows = [
        *_head(),
        (40, 90, "TIDSPLAN", 9),
        (40, 104, "06.30", 9),
        (90, 104, "Sminke og kostume", 9),
        (40, 118, "07.15", 9),
        (90, 118, "Mødetid hele holdet", 9),
        (40, 132, "12.30", 9),
        (90, 132, "Frokost", 9),
        (40, 160, "Location: Flæsketorvet 68, 1711 København V", 9),
    ]
    # Then the crew's meeting time is the call, not the make-up time above it
    assert _day(rows)["call_time"] == "07:15"


def test_a_time_in_the_cell_after_the_labels_own_words() -> None:
    # Given a department table: "Citación general equipo" then the hour's column
    rows = [
        *_head(),
        (40, 90, "DEPARTAMENTO", 8),
        (220, 90, "HORA", 8),
        (40, 104, "Maquillaje", 9),
        (220, 104, "07:15", 9),
        (40, 118, "Citación general equipo", 9),
        (220, 118, "08:00", 9),
        (300, 118, "Set", 9),
    ]
    assert _day(rows)["call_time"] == "08:00"


def test_a_flush_left_time_column_far_from_its_labels() -> None:
    # Given a bilingual table: French label, the time far right of it, English label further
    rows = _head()
    for k, (fr, tm, en) in enumerate(
        [
            ("Appel général", "7 h 30", "General call"),
            ("Maquillage / coiffure", "6 h 45", "Hair / make-up"),
            ("Premier plan", "8 h 45", "First shot"),
            ("Lever du soleil", "6 h 35", "Sunrise"),
            ("Coucher du soleil", "18 h 38", "Sunset"),
        ]
    ):
        rows += [(46, 100 + 16 * k, fr, 9), (216, 100 + 16 * k, tm, 9), (336, 100 + 16 * k, en, 8)]
    day = _day(rows)
    # Then each label reads the time in the column, spaced Québec style
    assert (day["call_time"], day["sunrise"], day["sunset"]) == ("07:30", "06:35", "18:38")


def test_quebec_spaced_times_are_times_and_a_duration_is_not() -> None:
    assert find_time("7 h 30").value == "07:30"  # type: ignore[union-attr]
    assert find_time("18 h 38").value == "18:38"  # type: ignore[union-attr]
    assert find_time("2 h") is None


def test_the_title_under_a_heading_label_is_the_production() -> None:
    # Given a sheet whose name ("DAGSPLAN / CALLSHEET") is printed over the title
    rows = [
        (40, 40, "DAGSPLAN / CALLSHEET", 9),
        (40, 58, "SLAGTERENS DATTER", 16),
        (40, 80, "Tirsdag d. 12. maj 2026", 9),
        (40, 110, "TIDSPLAN", 11),
        (40, 126, "Mødetid: 07.15", 9),
    ]
    assert _day(rows)["production"] == "SLAGTERENS DATTER"


def test_a_spanish_street_with_its_number_after_a_comma() -> None:
    found = find_address("C/ del Dr. Esquerdo, 46, 28007 Madrid")
    assert found is not None and found.street == "C/ del Dr. Esquerdo, 46"
    assert found.postcode == "28007"


def test_a_hospital_line_with_name_street_and_phone() -> None:
    rows = [
        *_head(),
        (40, 90, "Citación general: 08:00", 9),
        (40, 110, "Hospital más cercano (Urgencias):", 9),
        (
            40,
            124,
            "Hospital Clínic de Barcelona, C/ de Villarroel, 170, 08036 Barcelona. "
            "Tel. +34 932 27 54 00",
            8,
        ),
        (40, 138, "Emergencias 112", 9),
    ]
    hospital = _day(rows)["hospital"]
    assert hospital["name"] == "Hospital Clínic de Barcelona"
    assert hospital["address"].startswith("C/ de Villarroel, 170, 08036 Barcelona")


def test_atardecer_is_the_sunset() -> None:
    rows = [
        *_head(),
        (40, 90, "Citación general: 08:00", 9),
        (40, 110, "Amanecer 7.29 h · Atardecer 17.40 h · Soleado", 9),
    ]
    day = _day(rows)
    assert (day["sunrise"], day["sunset"]) == ("07:29", "17:40")


def test_a_second_name_after_a_slash_is_a_label_not_the_value() -> None:
    # Given "NEAREST HOSPITAL / EMERGENCY CLINIC" in Norwegian, the hospital on the lines below
    rows = [
        *_head(),
        (40, 90, "Oppmøte: 08.00", 9),
        (40, 110, "NÆRMESTE SYKEHUS / LEGEVAKT", 9),
        (40, 124, "Oslo universitetssykehus Ullevål, Kirkeveien 166, 0450 Oslo", 9),
    ]
    assert _day(rows)["hospital"]["name"] == "Oslo universitetssykehus Ullevål"


def test_labels_chained_by_a_dash_head_one_cell() -> None:
    # Given a box headed "SAFETY - NEAREST HOSPITAL (24 HR ER)", the hospital under "SAFETY"
    rows = [
        *_head(),
        (40, 90, "CREW CALL: 7:00A", 9),
        (300, 110, "SAFETY - NEAREST HOSPITAL (24 HR ER)", 7),
        (300, 122, "UPMC Presbyterian", 7),
        (300, 132, "200 Lothrop St, Pittsburgh, PA 15213", 7),
    ]
    hospital = _day(rows)["hospital"]
    assert hospital["name"] == "UPMC Presbyterian"
    assert hospital["address"] == "200 Lothrop St, Pittsburgh, PA 15213"


def _email(headers: list[tuple[str, str]], body: list[str]) -> list[Row]:
    rows: list[Row] = []
    y = 50.0
    for label, value in headers:
        rows += [(50, y, label, 9.5), (110, y, value, 9.5)]
        y += 13
    for line in body:
        y += 14
        rows.append((50, y, line, 10))
    return rows


def test_an_email_printed_to_pdf_is_read_from_its_subject_and_body() -> None:
    # Given the office's e-mail, sent the day before, the day printed without its year
    rows = _email(
        [
            ("From:", "Ellie Park <office@hollowpinefilms.com>"),
            ("Sent:", "Monday, March 9, 2026 4:12 PM"),
            ("To:", "crew@hollowpinefilms.com"),
            ("Subject:", "Call info for tomorrow - Day 3 - DRY CREEK"),
        ],
        [
            "Here's everything for tomorrow, Tuesday March 10 - Day 3 of 15.",
            "Crew call is 7:30am at set.",
            "Set: Mercer Williams House, 429 Bull St, Savannah, GA 31401",
        ],
    )
    day = _day(rows)
    # Then the sending date is no shooting date, tomorrow's is, and the subject names the show
    assert day["shooting_date"] == "2026-03-10"
    assert day["production"] == "DRY CREEK"
    assert day["call_time"] == "07:30"


def test_an_email_header_date_is_when_it_was_sent() -> None:
    rows = _email(
        [
            ("From:", "Production Office <po@barleybrass.tv>"),
            ("Date:", "Wed 14 Oct 2026 at 17:52"),
            ("To:", "Unit list"),
            ("Subject:", "BARLEY & BRASS - Call details Thu 15/10/26 - Day 12 of 30"),
        ],
        ["- Crew call 0800 on set", "- Set: Leeds Corn Exchange, Call Ln, Leeds LS1 7BR"],
    )
    day = _day(rows)
    assert (day["shooting_date"], day["production"]) == ("2026-10-15", "BARLEY & BRASS")


def test_a_subjects_title_is_the_part_that_is_no_date_or_sheet_word() -> None:
    assert subject_title("CALL SHEET | SEA POINT STORIES | Day 5 | Wed 18 Feb 2026") == (
        "SEA POINT STORIES"
    )
    assert subject_title("RE: Fwd: Call details - Thu 15/10/26") is None


def test_a_hospital_named_with_the_labels_word_beside_its_label() -> None:
    # Given a label column and the hospital's name, which starts with "Hospital", across a gap
    rows = [
        *_head(),
        (40, 90, "CREW CALL: 7:00", 9),
        (40, 110, "Hospital más cercano", 9),
        (200, 110, "Hospital Son Espases", 9),
        (200, 124, "Carretera de Valldemossa, 79, 07120 Palma", 9),
    ]
    hospital = _day(rows)["hospital"]
    # Then the name keeps its first word, and the address under it is read
    assert hospital["name"] == "Hospital Son Espases"
    assert hospital["address"] == "Carretera de Valldemossa, 79, 07120 Palma"


def test_the_wrap_check_reads_the_wrap_by_the_readers_own_cells() -> None:
    # Given a day plan with the time before each label: a wrap before the crew call
    rows = [
        *_head(),
        (40, 90, "07:00", 9),
        (90, 90, "Crew Call", 9),
        (40, 104, "12:30", 9),
        (90, 104, "Lunch", 9),
        (40, 118, "05:00", 9),
        (90, 118, "Wrap", 9),
        (40, 140, "Location: 52 Grove Rd, London E3 5TB", 9),
    ]
    day = _day(rows)
    # Then the call is read, and doubted: it does not fit before the printed wrap
    assert day["call_time"] == "07:00"
    assert day["field_confidence"]["call_time"] < 0.85
    assert any("does not fit before the printed wrap 05:00" in w for w in day["warnings"])


@pytest.mark.parametrize(
    "raw", ["NORTHERN LIGHTS 6:00a", "Acme Spot March 17", "BRAND X · Shoot Day 2 of 3"]
)
def test_title_cleaning_and_the_title_check_cut_the_same_tail(raw: str) -> None:
    cleaned = clean_title(raw)
    found = title_findings(raw)
    assert found and found[0].value == cleaned
    assert title_findings(cleaned) == []


# --- fourth held-out set (fresh3): each rule on its own page -----------------------------------


def test_a_time_with_its_hour_word_before_the_label() -> None:
    # Given a Swiss Dispo: "07.30 Uhr  Besammlung Crew am Set"
    rows = [
        *_head(),
        (40, 90, "06.45 Uhr", 9),
        (100, 90, "Maske & Kostüm", 9),
        (40, 104, "07.30 Uhr", 9),
        (100, 104, "Besammlung Crew am Set", 9),
        (40, 130, "Drehort: Schiffbaustrasse 4, 8005 Zürich", 9),
    ]
    assert _day(rows)["call_time"] == "07:30"


def test_an_advance_heading_with_its_day_in_brackets_explains_its_call_away() -> None:
    # Given today's call as a cell, and tomorrow's preview under a long Portuguese heading
    rows = [
        *_head(),
        (40, 90, "Chamada equipe 6h00", 9),
        (40, 110, "LOCAÇÃO: R. Rodrigues de Faria 103, 1300-501 Lisboa", 9),
        (40, 140, "PRÉVIA - ORDEM DO DIA DE AMANHÃ (qua. 13/05/26, diária 16)", 8),
        (40, 152, "Chamada equipe 5h30 · EXT. Praia Vermelha", 9),
    ]
    day = _day(rows)
    assert day["call_time"] == "06:00"
    assert not any("05:30" in w for w in day["warnings"])


def test_hungarian_dates_and_flemish_times() -> None:
    assert find_dates("2026. 03. 03. (Tuesday)")[0].value == "2026-03-03"
    assert find_time("Verzamelen ploeg 7u30").value == "07:30"  # type: ignore[union-attr]
    assert find_time("Unit 2u") is None


def test_a_colon_set_apart_before_a_value_across_a_column_gap() -> None:
    # Given "Lieu / Drehort :" in a label column, French spacing before the colon
    rows = [
        *_head(),
        (40, 90, "Rendez-vous équipe 7h00", 9),
        (44, 120, "Lieu / Drehort :", 8),
        (190, 120, "Bâtiment des Forces Motrices", 10),
        (190, 134, "Place des Volontaires 2, 1204 Genève", 10),
    ]
    assert _day(rows)["location"] == "Place des Volontaires 2, 1204 Genève"


def test_a_french_street_with_its_number_after_the_name() -> None:
    found = find_address("Rue Gabrielle-Perret-Gentil 4, 1205 Genève")
    assert found is not None and found.street == "Rue Gabrielle-Perret-Gentil 4"
    assert find_address("Place Bell, Laval") is None  # a venue: no number, no street


def test_a_call_sheet_written_as_a_letter() -> None:
    # Given a student crew's letter: no labels, the facts in sentences
    rows = [
        (40, 40, "BARTON SPRINGS", 16),
        (40, 60, "Thesis film - Call Sheet", 10),
        (40, 76, "Sunday, April 19, 2026", 10),
        (40, 100, "Hey crew, please be on time. General crew call is", 9.5),
        (40, 113, "7:45 a.m. at the picnic area, Zilker Park, 2100 Barton Springs", 9.5),
        (40, 126, "Rd, Austin, TX 78746. Camera, come at 7:30 a.m. to unload.", 9.5),
        (40, 139, "Sunset is at 8:01 p.m. Parking: the lot at 2201 Barton Springs Rd,", 9.5),
        (40, 152, "Austin, TX 78746. The closest emergency room is at Dell Seton", 9.5),
        (40, 165, "Medical Center, 1500 Red River St, Austin, TX 78701.", 9.5),
    ]
    day = _day(rows)
    # Then each fact is read from its sentence, and the day goes to a person
    assert day["call_time"] == "07:45"
    assert day["sunset"] == "20:01"
    assert day["location"] == "2100 Barton Springs Rd, Austin, TX 78746"
    assert day["hospital"]["name"] == "Dell Seton Medical Center"
    # one sentence calls the crew at one time to one whole address, and nothing else on the
    # page calls anyone or may be the set: as sure as a one-liner's (since reader72)
    assert day["confidence"] >= 0.85


def test_a_continental_address_whatever_the_countrys_street_words() -> None:
    # Given a service sheet in Budapest: a name, a dash, then street, number, code and town
    rows = [
        *_head(),
        (40, 90, "CREW CALL 07:15", 9),
        (40, 110, "Location 1: Vigadó - Vigadó tér 2, 1051 Budapest", 9),
        (40, 124, "Unit base / parking: Apáczai Csere János u. 1, 1051 Budapest", 9),
    ]
    day = _day(rows)
    # Then it is read as an address, sure enough to confirm the day
    assert day["location"] == "Vigadó - Vigadó tér 2, 1051 Budapest"
    assert day["field_confidence"]["location"] >= 0.85


def test_times_in_a_row_are_not_a_continental_address() -> None:
    rows = [*_head(), (40, 90, "CREW CALL 07:15", 9), (40, 110, "Set: Stage 5, 1230 Lunch", 9)]
    assert _day(rows)["field_confidence"]["location"] < 0.85


def test_a_dutch_sending_date_is_not_the_shooting_date() -> None:
    rows = [
        (40, 40, "DE VERLOREN ZOON", 16),
        (40, 60, "DRAAIDAG 5 van 22", 10),
        (40, 76, "dinsdag 3 maart 2026", 10),
        (40, 90, "verstuurd: ma 2 maart 2026, 19:40", 8),
        (40, 110, "Verzamelen crew 07:30 (op set)", 9),
        (40, 124, "Locatie: Reguliersbreestraat 26-34, 1017 CN Amsterdam", 9),
    ]
    day = _day(rows)
    assert day["shooting_date"] == "2026-03-03"
    assert day["field_confidence"]["shooting_date"] >= 0.85


def test_a_portuguese_postcode() -> None:
    found = find_address("Av. Prof. Egas Moniz, 1649-035 Lisboa")
    assert found is not None and (found.postcode, found.city) == ("1649-035", "Lisboa")


def test_sun_up_and_down_under_one_label() -> None:
    rows = [
        *_head(),
        (40, 90, "CREW CALL: 10 AM", 9),
        (40, 110, "Sun: up 7:30 AM, down 6:21 PM.", 9),
    ]
    day = _day(rows)
    assert (day["sunrise"], day["sunset"]) == ("07:30", "18:21")


@pytest.mark.parametrize("label, sure", [("WHERE WE ARE", True), ("TODAY WE MEET", False)])
def test_an_address_read_from_running_text_ends_with_its_paragraph(label: str, sure: bool) -> None:
    # Given the set's address under a label the reader does not know, and a scene line well
    # below it (a new block, not the same sentence running on)
    rows = [
        *_head(),
        (40, 90, "Crew Call: 06:00", 10),
        (40, 120, label, 8),
        (40, 134, "Gdynia Harbour", 10),
        (40, 148, "ul. Waszyngtona 1", 10),
        (40, 162, "81-342 Gdynia", 10),
        (40, 200, "SC 12 EXT. PIER - DAY 1/8", 9),
    ]
    day = _day(rows)
    # Then the address read ends with the town; it goes to a person (read from text) unless
    # the words before it say it is the set ("where")
    assert day["location"] == "ul. Waszyngtona 1 81-342 Gdynia"
    assert (day["field_confidence"]["location"] >= 0.85) is sure


def test_a_schedule_row_under_the_location_label_is_not_the_location() -> None:
    # Given a LOCATION label whose only value is a schedule row (a time, then what happens)
    rows = [
        *_head(),
        (40, 90, "Crew call 07:00", 9),
        (40, 110, "LOCATION", 9),
        (40, 124, "06:00 Waterfront promenade", 9),
    ]
    # Then the reader has no location rather than a line of the day's schedule
    assert _day(rows)["location"] is None


def test_one_sunrise_and_sunset_cell_pairs_its_two_times_in_order() -> None:
    # Given an app export's cell: "Sunrise · Sunset" over "06:12 · 20:41"
    rows = [
        *_head(),
        (40, 90, "Crew call 07:00", 9),
        (300, 90, "SUNRISE · SUNSET", 6),
        (300, 102, "06:12 · 20:41", 9),
    ]
    day = _day(rows)
    # Then the first time is the sunrise and the second the sunset
    assert (day["sunrise"], day["sunset"]) == ("06:12", "20:41")


def test_all_staff_call_is_the_crew_call() -> None:
    # Given an English sheet from a Korean crew: the whole crew's call is "ALL STAFF CALL"
    rows = [
        *_head(),
        (40, 90, "ALL STAFF CALL", 9),
        (140, 90, "06:30", 9),
        (40, 104, "Meeting point: Gate 3", 9),
    ]
    # Then that is the call time
    assert _day(rows)["call_time"] == "06:30"


def test_dot_leaders_lead_a_label_to_its_value_across_a_gap() -> None:
    # Given a call-times block: the label, a row of dot leaders, a gap, then the time
    leaders = " ".join(["."] * 10)
    rows = [
        *_head(),
        (40, 90, f"GENERAL CREW CALL {leaders}", 9),
        (235, 90, "07:00", 9),
        (40, 104, f"Lunch {leaders}", 9),
        (235, 104, "13:00", 9),
    ]
    # Then the time after the leaders is the call time
    assert _day(rows)["call_time"] == "07:00"
