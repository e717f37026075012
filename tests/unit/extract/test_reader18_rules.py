"""Conventions from the twelfth held-out set's misses (reader18): a section of upcoming days
is not the day, a street written as its name and number over a coded town line, labels set
sideways, a date in a calendar tile, a timeline's row is not a boxed call, and others. Each is
drawn on a small page of its own, in words of its own. Rows are (x, baseline y, text, size)
in points on a letter page; a fifth item turns the text (degrees, counter-clockwise)."""

from __future__ import annotations

from typing import Any

from fpdf import FPDF

from pipeline.extract.reader.times import find_times
from pipeline.extract.reader.title import clean_title
from pipeline.extract.reader.town_lines import street_and_town, town_line
from tests.fixtures.callsheets import DEJAVU, column, render
from tests.unit.extract.drawn import read_day


def _turned(rows: list[tuple[Any, ...]]) -> bytes:
    """Rows drawn in DejaVu; a row with a fifth item is turned by that many degrees about its
    own starting point (a label set sideways up a strip)."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_font("DejaVu", "", str(DEJAVU))
    pdf.add_page()
    for row in rows:
        x, y, text, size = row[:4]
        pdf.set_font("DejaVu", size=size)
        if len(row) > 4:
            with pdf.rotation(row[4], x, y):
                pdf.text(x, y, text)
        else:
            pdf.text(x, y, text)
    return bytes(pdf.output())


# --- a section of upcoming days ------------------------------------------------------------


def _with_days_after(heading: str | None) -> bytes:
    rows = [
        (40, 40, "HOJA DE LLAMADO - DÍA 4", 11),
        (220, 70, "EL FARO", 18),
        (40, 110, "Fecha", 9),
        (150, 110, "jueves 8 de octubre de 2026", 9),
        (40, 124, "Citación equipo", 9),
        (150, 124, "7:00 hs", 9),
        (40, 138, "Locación", 9),
        (150, 138, "Lavalle 1145, C1048AAW CABA", 9),
        (40, 210, "Esc. 12 INT. FARO - DÍA", 9),
    ]
    if heading is not None:
        rows.append((40, 250, heading, 10))
    # a table of later days, its columns headed like the day's own labels
    for n, (date, call, where) in enumerate(
        [
            ("", "", ""),
            ("viernes 9 de octubre de 2026", "8:00 hs", "Puerto Madero"),
            ("lunes 12 de octubre de 2026", "6:30 hs", "Tigre"),
        ]
    ):
        y = 266 + 13 * n
        heads = not date
        rows += [(40, y, "DÍA" if heads else str(4 + n), 8), (80, y, date or "FECHA", 8)]
        rows += [(230, y, call or "CITACIÓN", 8), (300, y, where or "LOCACIÓN", 8)]
    return render(rows, unicode_font=True)


def test_dates_under_an_upcoming_days_heading_are_not_the_days() -> None:
    # Given a Latin American sheet with its date labelled, then a table of the next days, each
    # with its own date and call, under 'PRÓXIMOS DÍAS DE RODAJE'
    day = read_day(_with_days_after("PRÓXIMOS DÍAS DE RODAJE"))
    # Then the day's own date is read without doubt
    assert day["shooting_date"] == "2026-10-08"
    assert day["field_confidence"]["shooting_date"] >= 0.85


def test_an_english_upcoming_days_heading_explains_its_dates_too() -> None:
    day = read_day(_with_days_after("UPCOMING SHOOT DAYS (subject to change)"))
    assert day["shooting_date"] == "2026-10-08"
    assert day["field_confidence"]["shooting_date"] >= 0.85


def test_later_dates_with_no_heading_over_them_stay_in_doubt() -> None:
    # Given the same rows of later days with no heading saying they come later
    day = read_day(_with_days_after(None))
    # Then the reader hesitates, as it must: nothing says which date is the day's
    assert day["field_confidence"]["shooting_date"] <= 0.5


# --- a street as its name and number over a coded town -------------------------------------


def test_a_name_and_number_street_over_a_coded_town_is_the_address() -> None:
    # Given the set's room, its venue, then 'Lavalle 1145' (no street word, the number after
    # the name) over an Argentine CPA and its town; and an Icelandic and a Greek envelope
    cases = [
        (["Salón dorado", "Teatro Ópera", "Lavalle 1145", "C1048AAW CABA"], 2),
        (["Við bryggjuna", "Menningarhúsið Hof", "Strandgata 12", "600 Akureyri"], 2),
        (["Αίθριο", "Μουσείο Μπενάκη", "Κουμπάρη 1", "106 74 Αθήνα"], 2),
    ]
    for lines, street in cases:
        # Then the street line, not the room or the venue, is where the address starts
        assert street_and_town(lines) == street, lines


def test_a_room_over_a_town_without_a_code_is_no_address() -> None:
    # Given a room's name over a town with no postcode, and a house number and street name
    # (three digits, then words) that is no Icelandic town line
    assert street_and_town(["Sala 4", "Estudio Norte"]) is None
    # a house number and a one-word street over a UK town is the street, not a coded town
    assert street_and_town(["The Forge", "118 Trongate", "Glasgow G1 5HF"]) == 1
    assert not town_line("221 Baker Street", coded_only=True)
    assert not town_line("104 Main St", coded_only=True)
    assert town_line("S2000ATL Rosario", coded_only=True)


def test_the_set_under_its_label_is_the_street_not_the_room() -> None:
    rows = [
        (40, 40, "PLAN DE RODAJE", 11),
        (220, 70, "LA CORNISA", 18),
        (40, 110, "Fecha: sábado 10 de octubre de 2026", 9),
        (40, 124, "Citación general: 7:30 hs", 9),
        *column(
            "LOCACIÓN",
            "Terraza y salón",
            "Palacio Barolo",
            "Avenida de Mayo 1370",
            "C1085ABQ CABA",
            x=320,
            top=110,
            size=9,
            step=12,
        ),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["location"].startswith("Avenida de Mayo 1370")


# --- labels and timelines ------------------------------------------------------------------


def test_a_lower_case_set_in_a_table_row_is_no_numbered_label() -> None:
    # Given a shot list whose set-up column says 'Ana - set 3' in running words, and the
    # day's place under LOCATION
    rows = [
        (40, 40, "STILLS CALL SHEET", 11),
        (40, 70, "SPRING EDIT", 18),
        (40, 100, "Date: Monday, May 4, 2026", 9),
        (40, 114, "Call time (crew): 9:00 AM", 9),
        *column(
            "LOCATION",
            "Loft 3",
            "Smashbox Studios",
            "8549 Higuera St",
            "Culver City, CA 90232",
            x=40,
            top=140,
            size=9,
            step=12,
        ),
        (40, 240, "LOOK   PRODUCT   SET-UP   USAGE", 8),
        (40, 254, "1   Linen shirt   Ana - set 3   Web", 8),
        (40, 268, "2   Denim jacket   Ana - set 3   Print", 8),
    ]
    day = read_day(render(rows))
    # Then the set is the studio's address, not the table's 'Web'
    assert day["location"].startswith("8549 Higuera St")
    assert day["field_confidence"]["location"] >= 0.85


def test_a_capitalised_numbered_set_still_heads_its_place() -> None:
    rows = [
        (40, 40, "CALL SHEET", 11),
        (40, 70, "NIGHT TRAIN", 18),
        (40, 100, "Date: Monday, May 4, 2026", 9),
        (40, 114, "Crew call: 9:00 AM", 9),
        (40, 140, "Set 2: Union Station, 800 N Alameda St, Los Angeles, CA 90012", 9),
    ]
    day = read_day(render(rows))
    assert "800 N Alameda St" in day["location"]


def test_a_timelines_time_across_the_gap_is_not_the_boxed_call() -> None:
    # Given a CREW CALL label with its value under it ('9a (camera, grip)') and, on the
    # label's row across the page, a timeline's row: a time, then what happens at it
    rows = [
        (40, 40, "PHOTO SHOOT CALL SHEET", 11),
        (40, 70, "HARBOUR LIGHT", 18),
        (40, 100, "SHOOT DATE", 8),
        (40, 112, "Wednesday, May 6, 2026", 9),
        (320, 100, "TIMELINE", 8),
        (320, 112, "8a", 9),
        (370, 112, "Studio open / pre-light", 9),
        (320, 126, "9a", 9),
        (370, 126, "Crew call", 9),
        (40, 138, "CREW CALL", 8),
        (320, 140, "9:45a", 9),
        (370, 140, "Model in hair & make-up", 9),
        (40, 150, "9a (camera, grip, styling)", 9),
        *column(
            "LOCATION",
            "Quixote Studios",
            "1011 N Fuller Ave",
            "West Hollywood, CA 90046",
            x=40,
            top=180,
            size=9,
            step=12,
        ),
    ]
    day = read_day(render(rows))
    assert day["call_time"] == "09:00"


def test_a_boxed_call_alone_across_the_gap_is_still_the_labels() -> None:
    rows = [
        (40, 40, "CALL SHEET", 11),
        (40, 70, "HARBOUR LIGHT", 18),
        (40, 100, "Date: Wednesday, May 6, 2026", 9),
        (40, 138, "CREW CALL", 9),
        (300, 138, "9:00 AM", 9),
        (40, 150, "see the timeline", 9),
        (40, 180, "Location: 1011 N Fuller Ave, West Hollywood, CA 90046", 9),
    ]
    day = read_day(render(rows))
    assert day["call_time"] == "09:00"


def test_the_next_columns_place_label_after_a_boxed_call_keeps_it_the_labels() -> None:
    # Given 'UNIT CALL' with its time across a gap and then the next column's 'UNIT BASE'
    rows = [
        (40, 40, "UNIT CALL SHEET", 11),
        (40, 70, "THE QUAYSIDE", 18),
        (40, 100, "Thursday 14th May 2026", 10),
        (40, 140, "UNIT CALL", 10),
        (170, 140, "0730", 10),
        (300, 140, "UNIT BASE", 10),
        (40, 154, "(on set, turning over at 0800)", 8),
        (300, 154, "Quayside car park, Broad Chare", 9),
        (300, 166, "Newcastle NE1 3DQ", 9),
        (40, 200, "LOCATION: Sandhill, Newcastle NE1 3JF", 9),
    ]
    day = read_day(render(rows))
    assert day["call_time"] == "07:30"


def test_a_two_language_heading_starts_its_column_under_its_first_word() -> None:
    # Given a schedule column whose times end just left of a 'PLATEAU / LIEU DE TOURNAGE'
    # column, each time on the row of a line of the place
    rows = [
        (30, 40, "FEUILLE DE SERVICE - CAPTURE", 11),
        (30, 56, "ARCHIPEL  -  bloc 2", 14),
        (600, 56, "lundi 11 mai 2026", 9),
        (30, 90, "HORAIRE", 8),
        (300, 90, "PLATEAU / LIEU DE TOURNAGE", 8),
        *column(
            "Ouverture plateau",
            "APPEL ÉQUIPE / CREW CALL",
            "Calibration",
            "Pause",
            x=30,
            top=104,
            size=8,
            step=12,
        ),
        *column("6 h 30", "7 h 30", "8 h 00", "12 h 00", x=250, top=104, size=8, step=12),
        *column(
            "Volume B",
            "Studio Mels",
            "1600 Rue Saint-Patrick",
            "Montréal, QC H3K 0A7",
            x=300,
            top=104,
            size=8,
            step=12,
        ),
    ]
    day = read_day(render(rows, unicode_font=True, page="A4"))
    assert day["location"] == "1600 Rue Saint-Patrick, Montréal, QC H3K 0A7"
    assert day["call_time"] == "07:30"


def test_an_outside_broadcasts_crew_on_site_is_the_crew_call() -> None:
    rows = [
        (40, 40, "OB CALL SHEET", 11),
        (40, 60, "SATURDAY SESSIONS - Friday 16 October 2026", 10),
        *column(
            "Trucks on site",
            "Riggers",
            "CREW ON SITE",
            "Rehearsal",
            "ON AIR",
            x=40,
            top=100,
            size=9,
            step=13,
        ),
        *column("0700", "0800", "1100", "1500", "1900", x=220, top=100, size=9, step=13),
        (40, 190, "VENUE: The Usher Hall, Lothian Rd, Edinburgh EH1 2EA", 9),
    ]
    day = read_day(render(rows))
    assert day["call_time"] == "11:00"


def test_a_shared_rise_and_set_label_gives_each_its_time() -> None:
    rows = [
        (40, 40, "PLAN DE RODAJE", 11),
        (220, 70, "EL FARO", 18),
        (40, 110, "Fecha: jueves 8 de octubre de 2026", 9),
        (40, 124, "Citación general: 7:30 hs", 9),
        (40, 138, "Salida / puesta del sol", 9),
        (170, 138, "6:58 hs / 19:32 hs", 9),
        (40, 152, "Locación: Lavalle 1145, C1048AAW CABA", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert (day["sunrise"], day["sunset"]) == ("06:58", "19:32")


def test_greek_half_day_marks_are_read() -> None:
    # 'π.μ.' before noon, 'μ.μ.' after it; a Greek word with a μ is no mark
    assert [p.value for p in find_times("6.10 π.μ. έως 8.25 μ.μ.")] == ["06:10", "20:25"]
    assert [p.value for p in find_times("ΑΝΑΤΟΛΗ 7.05 μ")] == ["07:05"]


# --- labels set sideways, a calendar tile ----------------------------------------------------


def _strip_sheet(turned: bool, tile: bool) -> bytes:
    rows: list[tuple[Any, ...]] = [
        (40, 40, "Norðurfilm ehf.", 9),
        (40, 70, "JÖKULL", 18),
        (40, 86, "DAGSKRÁ TÖKUDAGS / CALL SHEET", 9),
    ]
    if tile:
        rows += [
            (480, 36, "ÞRIÐJUDAGUR", 8),
            (490, 64, "12", 28),
            (488, 80, "MAÍ", 9),
            (486, 94, "2026", 9),
        ]
    else:
        rows.append((40, 102, "Dagsetning: þriðjudagur 12. maí 2026", 9))
    rows += column(
        "Mæting tökuliðs  kl. 08:00", "Hádegismatur  kl. 13:00", x=70, top=140, size=9, step=13
    )
    rows += column(
        "Við höfnina",
        "Menningarhúsið Hof",
        "Strandgata 12",
        "600 Akureyri",
        x=70,
        top=200,
        size=9,
        step=13,
    )
    label = (52, 250, "TÖKUSTAÐUR", 7)
    rows.append((*label, 90) if turned else (52, 190, "TÖKUSTAÐUR", 7))
    return _turned(rows)


def test_a_label_set_sideways_heads_its_box() -> None:
    # Given the set's box with its label turned up the box's left edge
    day = read_day(_strip_sheet(turned=True, tile=False))
    # Then the label is read as a word, and its box's address is the set
    assert day["location"].startswith("Strandgata 12")
    assert day["call_time"] == "08:00"


def test_the_same_label_upright_reads_the_same() -> None:
    day = read_day(_strip_sheet(turned=False, tile=False))
    assert day["location"].startswith("Strandgata 12")


def test_a_calendar_tile_is_the_days_date() -> None:
    # Given the date only in a tile: weekday, a big day number, month and year on four lines
    day = read_day(_strip_sheet(turned=True, tile=True))
    assert day["shooting_date"] == "2026-05-12"


def test_stacked_numbers_that_are_no_date_make_no_tile() -> None:
    rows = [
        (40, 40, "CALL SHEET", 11),
        (40, 70, "NIGHT TRAIN", 18),
        (480, 36, "DAY", 8),
        (488, 64, "12", 28),
        (484, 80, "OF", 9),
        (486, 94, "40", 9),
        (40, 140, "Crew call: 9:00 AM", 9),
        (40, 160, "Location: 800 N Alameda St, Los Angeles, CA 90012", 9),
    ]
    day = read_day(render(rows))
    assert day["shooting_date"] is None


def test_a_hospital_named_with_its_labels_word_under_a_tight_label_is_its_value() -> None:
    # Given a hospital label whose line box reaches into the next line (a taller value in the
    # left column shares its row), and under it a hospital whose name starts with 'Hospital'
    rows = [
        (40, 40, "PLAN DE RODAJE", 11),
        (220, 70, "EL FARO", 18),
        (40, 110, "Fecha: jueves 8 de octubre de 2026", 9),
        (40, 124, "Citación general: 7:30 hs", 9),
        (320, 110, "LOCACIÓN", 8.5),
        (320, 121, "Lavalle 1145", 8.5),
        (320, 132, "C1048AAW CABA", 8.5),
        (320, 160, "HOSPITAL MÁS CERCANO (GUARDIA)", 8.5),
        (40, 162, "Pronóstico  Soleado, 22°C", 10.5),
        (320, 170, "Hospital Italiano de Buenos Aires", 8.5),
        (320, 180, "Tte. Gral. Juan Domingo Perón 4190", 8.5),
        (320, 190, "C1199ABB CABA", 8.5),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["hospital"]["name"] == "Hospital Italiano de Buenos Aires"


def test_a_capitals_title_keeps_nothing_of_a_lower_case_note_after_its_dash() -> None:
    # Given a title in capitals, a spaced dash, then the day's block in lower case
    assert clean_title("SALT ROADS  -  cutscene block 4") == "SALT ROADS"
    assert clean_title("LA NUIT BLANCHE - journée de doublage") == "LA NUIT BLANCHE"
    # and not a subtitle in title case, nor a title in mixed case
    assert clean_title("SALT ROADS - The Crossing") == "SALT ROADS - The Crossing"
    assert clean_title("Salt Roads - part two") == "Salt Roads - part two"
