"""Conventions from the twenty-seventh held-out set's misses (reader36): a commercial's header
strip of capitalised keys over a row of value cells ('PRODUCTION  CLIENT  AGENCY'), a job's
number that is no title ('Job HL-2619'), a header line of cells where the title stands beside
the company and the job's number, and a cut heading with no word left, which is no title.
Each is drawn on a small page of its own, in words and places of its own. Rows are (x,
baseline y, text, size) in points."""

from __future__ import annotations

from pipeline.extract.reader.title import job_code, title_among_cells, wordless
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

_DAY: list[Row] = [
    (40, 150, "SHOOT DATE", 6.5),
    (230, 150, "CALL", 6.5),
    (40, 162, "Wed 4 Mar 2026", 9.5),
    (230, 162, "8:00 AM", 9.5),
    (40, 200, "LOCATION", 6.5),
    (40, 212, "Harbourfront Centre", 9.5),
    (40, 224, "235 Queens Quay W, Toronto, ON M5J 2G8", 9),
]


def _strip_sheet(keys: tuple[str, str, str], values: tuple[str, str, str]) -> bytes:
    rows: list[Row] = [(40, 40, "NORTHBOUND", 16), (470, 40, "CALL SHEET", 14)]
    rows += [(470, 56, "Job NB-0412", 8)]
    for x, key, value in zip((40, 230, 420), keys, values, strict=True):
        rows += [(x, 100, key, 6.5), (x + 1, 112, value, 9.5)]
    return render(rows + _DAY)


def test_a_strip_key_heads_the_title_under_it() -> None:
    data = _strip_sheet(("PRODUCTION", "CLIENT", "DIRECTOR"), ("Maple Morning", "Oatly", "Jo Park"))
    day = read_day(data)
    assert day["production"] == "Maple Morning"


def test_a_strip_of_departments_heads_people() -> None:
    data = _strip_sheet(
        ("PRODUCTION", "CAMERA", "GRIP"), ("Ana Ruiz 555-0101", "Ben Cho", "Cal Dunn")
    )
    assert read_day(data)["production"] != "Ana Ruiz 555-0101"


def test_a_company_under_the_strip_key_is_no_title() -> None:
    data = _strip_sheet(
        ("PRODUCTION", "CLIENT", "AGENCY"), ("Northern Lake Pictures Ltd", "Oatly", "Fathom")
    )
    assert read_day(data)["production"] != "Northern Lake Pictures Ltd"


def test_a_job_number_is_no_title() -> None:
    assert job_code("HL-2619") and job_code("GD-118") and job_code("#4471")
    assert not job_code("Harbour Bank 'Savers'") and not job_code("Castle Yard")
    rows: list[Row] = [
        (40, 40, "Job:  KX-2207", 9),
        (40, 70, "DATE: Wed 4 Mar 2026", 9),
        (40, 84, "CALL: 8:00 AM", 9),
        (40, 98, "LOCATION: 235 Queens Quay W, Toronto, ON M5J 2G8", 9),
    ]
    assert read_day(render(rows))["production"] != "KX-2207"


def test_the_title_is_the_header_cell_beside_company_and_job_number() -> None:
    assert title_among_cells("Half Moon Media | SUMMER FIZZ | Job HM-311") == "SUMMER FIZZ"
    assert title_among_cells("Bellwood Pictures · Night Ferry · Job #BW-2201") == "Night Ferry"
    assert title_among_cells("Kestrel Films Ltd | Job KF-07 | Falling Water") == "Falling Water"
    # two cells left and no way to tell them apart: no title from the cells
    assert title_among_cells("Blue Hour | Night Ferry | Job KF-07") is None
    assert title_among_cells("Blue Hour | Night Ferry") is None
    rows: list[Row] = [
        (36, 40, "Saltire Works  |  Ferry Lights  |  Job SW-2093", 11),
        (470, 40, "CALL SHEET", 11),
        (36, 70, "Thu 5 Mar 2026  |  Call 0800 @ 12 Harbour Rd, Oban PA34 4LW", 9),
        (36, 86, "Unit base: Station Rd car park, Oban PA34 4RT", 9),
        (36, 102, "Nearest A&E: Lorn and Islands Hospital, Glengallan Rd, Oban PA34 4HH", 9),
    ]
    assert read_day(render(rows))["production"] == "Ferry Lights"


def test_a_cut_heading_with_no_word_left_is_no_title() -> None:
    assert wordless("Mon") and wordless("Thu 5 Mar") and not wordless("Ferry Lights")
    rows: list[Row] = [
        (36, 40, "Mon 9 Mar 2026  |  Call 0730 @ 4 Quay St, Galway H91 T2X9", 11),
        (36, 60, "Unit base: Docks car park, Galway", 9),
        (36, 76, "Nearest A&E: University Hospital Galway, Newcastle Rd, Galway H91 YR71", 9),
    ]
    day = read_day(render(rows))
    assert day["production"] in (None, "")


def _grid_with(date_row: list[Row], call_row: list[Row]) -> bytes:
    rows: list[Row] = [(40, 40, "WILD OATS", 16), *date_row, *call_row]
    rows += [
        (40, 140, "LOCATION", 7),
        (40, 152, "Mill Creek Trailhead", 9),
        (40, 164, "4020 Mill Creek Rd, Reno, NV 89502", 9),
    ]
    return render(rows)


def test_a_rain_date_beside_the_shoot_date_is_not_a_rival() -> None:
    for label in ("RAIN DATE", "WEATHER DAY", "BACKUP DATE"):
        data = _grid_with(
            [
                (40, 80, "SHOOT DATE", 7),
                (200, 80, label, 7),
                (40, 92, "Tue May 12/26", 9),
                (200, 92, "Thu May 14/26", 9),
            ],
            [(380, 80, "CREW CALL", 7), (380, 92, "6:30a", 9)],
        )
        day = read_day(data)
        assert day["shooting_date"] == "2026-05-12"
        assert day["field_confidence"]["shooting_date"] >= 0.85, label


def test_a_sole_call_time_with_a_note_that_it_was_pushed_is_sure() -> None:
    for note in ("(pushed 1 hr!)", "- moved back 30 min", "(new time)"):
        rows: list[Row] = [
            (60, 40, "TIDE POOLS - thesis shoot", 18),
            (60, 80, "DATE: Sunday 5/17/2026", 11),
            (60, 98, f"CALL TIME: 9:30 AM {note}", 11),
            (60, 116, "LOCATION: Cabrillo Beach, 3720 Stephen M White Dr, San Pedro, CA 90731", 11),
        ]
        day = read_day(render(rows))
        assert day["call_time"] == "09:30"
        assert day["field_confidence"]["call_time"] >= 0.85, note


def test_a_call_time_noted_for_others_stays_in_doubt() -> None:
    rows: list[Row] = [
        (60, 40, "TIDE POOLS - thesis shoot", 18),
        (60, 80, "DATE: Sunday 5/17/2026", 11),
        (60, 98, "CALL TIME: 9:30 AM (cast)", 11),
        (60, 116, "LOCATION: Cabrillo Beach, 3720 Stephen M White Dr, San Pedro, CA 90731", 11),
    ]
    assert read_day(render(rows))["field_confidence"]["call_time"] < 0.85


def test_text_across_a_gap_under_another_columns_heading_is_that_columns() -> None:
    rows: list[Row] = [
        (40, 40, "DIE LETZTE FÄHRE", 16),
        (40, 70, "Mo., 11.05.2026", 9),
        (40, 84, "TREFFPUNKT TEAM / CREW CALL  06:30", 9),
        (40, 120, "MOTIV / SET", 7.5),
        (220, 120, "BASIS / BASE", 7.5),
        (400, 120, "KLINIK / HOSPITAL", 7.5),
        (40, 134, "Fährhaus Blankenese", 8),
        (220, 134, "Busse und Basis:", 8),
        (400, 134, "Asklepios Klinik Altona", 8),
        (40, 144, "Strandweg 2", 8),
        (220, 144, "Falkensteiner Ufer 8", 8),
        (400, 144, "Paul-Ehrlich-Str. 1", 8),
        (40, 154, "22587 Hamburg", 8),
        (220, 154, "22587 Hamburg", 8),
        (400, 154, "22763 Hamburg", 8),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["hospital"]["name"] == "Asklepios Klinik Altona"


def test_a_house_number_with_a_letter_after_a_slash_is_an_address() -> None:
    from pipeline.extract.reader.addresses import address_score

    for text in (
        "Strada Giuseppe Garibaldi 16/A, 43121 Parma PR",
        "Via dei Mille 3/b, 40121 Bologna BO",
        "Calle de Toledo 42/C, 28005 Madrid",
    ):
        assert address_score(text) >= 0.8, text
    rows: list[Row] = [
        (40, 40, "ORDINE DEL GIORNO N. 5", 9),
        (40, 64, "LA CERTOSA", 18),
        (40, 90, "gio 21/05/2026", 9),
        (40, 104, "CONVOCAZIONE TROUPE ore 07:30", 9),
        (40, 130, "SET", 9),
        (90, 130, "Via dei Mille 3/b, 40121 Bologna BO", 9),
        (40, 144, "BASE", 9),
        (90, 144, "Piazza Medaglie d'Oro 4, 40121 Bologna BO", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert "Via dei Mille 3/b" in day["location"]
    assert day["field_confidence"]["location"] >= 0.85


def test_the_title_a_company_presents_is_read_under_presents() -> None:
    for word in ("presents", "présente", "przedstawia"):
        rows: list[Row] = [
            (36, 34, "Nordlys Film AS", 8.5),
            (36, 46, word, 7.5),
            (36, 62, "DEN LANGE VINTEREN", 15),
            (300, 34, "CALL SHEET  Fri 15/05/2026", 11),
            (36, 100, "Crew call: 07:00", 9),
            (36, 114, "Location: Strandgata 12, 0152 Oslo", 9),
        ]
        day = read_day(render(rows, unicode_font=True))
        assert day["production"] == "DEN LANGE VINTEREN"
        assert day["field_confidence"]["production"] >= 0.8, word
