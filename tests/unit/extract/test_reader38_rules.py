"""Conventions from the twenty-ninth held-out set's misses (reader38): a hospital label's
gloss after its slash ("NEAREST HOSPITAL / A&E", "Hospital / Spital") is the label again,
never the hospital's name. Each is drawn on a small page of its own, in words and places of
its own. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

from pipeline.extract.reader.label_gloss import hospital_label_words
from pipeline.extract.reader.model import Limits
from pipeline.extract.reader.next_day import later_day_headings
from pipeline.extract.reader.title import clean_title
from pipeline.extract.reader.title_kinds import label_with_time, quoted_work
from pipeline.extract.reader.town_lines import street_town_address, town_line
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import label_rows, masthead, read_day


def _head() -> list[Row]:
    return [
        *masthead("Northlight Pictures Ltd", "WINTER HARBOUR", "Day 3 of 5"),
        (40, 100, "Date: Thursday 14 May 2026", 9),
        (40, 114, "Crew call: 07:30", 9),
    ]


def test_gloss_heading_over_blocks_reads_the_name_under_it() -> None:
    """Boxed blocks side by side, the hospital's heading glossed with its department: the
    name is on the line under the heading, not the gloss."""
    rows = [
        *_head(),
        (40, 150, "Weather Dry", 9),
        (120, 150, "SET", 9),
        (300, 150, "NEAREST HOSPITAL / TRAUMA CENTRE", 9),
        (120, 163, "Albert Dock, Liverpool L3 4AF", 9),
        (300, 163, "Aintree University Hospital", 9),
        (300, 175, "Lower Lane, Fazakerley", 9),
        (300, 187, "Liverpool L9 7AL", 9),
        (40, 220, "Sunrise 05:12   Sunset 20:51", 9),
    ]
    day = read_day(render(rows))
    assert day["hospital"]["name"] == "Aintree University Hospital"


def test_bilingual_gloss_then_the_name_further_right() -> None:
    """'Nearest hospital / Sykehus   <name>': the second language's word is no name; the name
    is the next run on the line, its address under it."""
    rows = [
        *_head(),
        *label_rows(
            ("Drehort / Location", "Prime Tower, Hardstrasse 201, 8005 Zürich"),
            ("Nearest hospital / Sykehus", "Stadtspital Waid"),
            value_x=180,
            top=150,
        ),
        (180, 176, "Tièchestrasse 99, 8037 Zürich", 9),
        (40, 200, "Sunrise 05:50   Sunset 21:02", 9),
    ]
    day = read_day(render(rows))
    assert day["hospital"]["name"] == "Stadtspital Waid"


def test_a_name_of_label_words_is_doubted() -> None:
    assert hospital_label_words("TRAUMA UNIT")
    assert hospital_label_words("Krankenhaus")
    assert hospital_label_words("Emergency Department")
    assert not hospital_label_words("Mediclinic Constantiaberg")
    assert not hospital_label_words("Hospital de São José")
    assert not hospital_label_words("Unit 4, 12 Dock Rd")


# --- titles --------------------------------------------------------------------------------


def test_kind_prefix_is_no_part_of_the_title() -> None:
    assert clean_title("Commercial: Harbour Bakery - First Loaf") == "Harbour Bakery - First Loaf"
    assert clean_title("TVC: Northwind Air - Long Haul") == "Northwind Air - Long Haul"
    assert clean_title("Docs: the Quiet Years") == "Docs: the Quiet Years"  # no kind word


def test_quoted_work_after_its_artist() -> None:
    assert clean_title("MAYA STONE - \u201cGlass Rivers\u201d") == "Glass Rivers"
    assert clean_title('The Low Tides x Brightside - "Summer Static"') == "Summer Static"
    assert quoted_work('"Night Run" - Director\'s cut') is None


def test_label_with_its_time_is_no_title() -> None:
    assert label_with_time("TALENT CALL 10:30A")
    assert label_with_time("Crew call 0700")
    assert not label_with_time("Ocean's 11")
    assert not label_with_time("Apollo 13")


def test_music_video_heading_beside_a_big_call_box() -> None:
    """A one-pager: the artist and the quoted song, then two call boxes printed larger than
    the heading; the song is the production, neither call box is."""
    rows: list[Row] = [
        (40, 30, "NIGHT SHIFT MEDIA    MUSIC VIDEO", 10),
        (150, 60, 'RIO VALE - "Copper Skies"', 16),
        (220, 84, "Tuesday, May 12, 2026", 11),
        (110, 116, "CALL TIME 6:30A", 22),
        (330, 116, "BAND CALL 8A", 22),
        (40, 170, "LOCATION", 10),
        (40, 184, "Union Station", 9),
        (40, 196, "800 N Alameda St, Los Angeles, CA 90012", 9),
        (40, 230, "Sunrise 5:52A  Sunset 7:41P", 9),
    ]
    day = read_day(render(rows))
    assert day["production"] == "Copper Skies"


def test_paper_kind_with_its_slash_gloss_is_no_title() -> None:
    """'Lda.' company, then the paper's kind glossed after a slash, then the title smaller:
    neither the company nor 'FOLHA DE SERVIÇO /' is the title."""
    rows: list[Row] = [
        (36, 32, "TEJO NORTE FILMES, LDA.", 15),
        (300, 32, "FOLHA DE SERVIÇO /", 15),
        (460, 32, "CALL SHEET", 15),
        (36, 70, "Cervejaria Lusa - Verão", 13),
        (36, 110, "Data: 14/05/2026", 9),
        (36, 124, "Chamada geral: 07:30", 9),
        (36, 138, "Local: Praça do Comércio, 1100-148 Lisboa", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["production"] == "Cervejaria Lusa - Verão"


# --- the crew call ---------------------------------------------------------------------------


def _boxed_call_sheet(foot: list[Row]) -> bytes:
    """A bare 'Call:' in the header box, the same time in the day's times, a 'Team' heading
    over the crew list with its own 'Call' column, and ``foot`` at the bottom."""
    rows: list[Row] = [
        (40, 30, "HAVSBRIS FILM AB", 16),
        (40, 50, "Inspelningsdag 1 / Shooting day 1 of 3", 9),
        (40, 74, "Fjordline Ferries - Open Water", 15),
        (380, 74, "Wednesday 6 May 2026", 10),
        (380, 100, "Call: 06:45", 15),
        (40, 140, "Location", 9),
        (160, 140, "Fotografiska, Stadsgårdshamnen 22, 116 45 Stockholm", 9),
        (40, 160, "Times", 10),
        (45, 174, "Breakfast", 9),
        (160, 174, "06:15", 9),
        (45, 186, "Call", 9),
        (160, 186, "06:45", 9),
        (45, 198, "Lunch", 9),
        (160, 198, "12:30", 9),
        (40, 208, "Schedule", 10.5),
        (43, 222, "09:00  Deck, wide", 8.5),
        (43, 234, "13:30  Packshot on the deck", 8.5),
        (40, 249, "Crew", 10.5),
        (43, 265, "Department", 8),
        (130, 265, "Name", 8),
        (230, 265, "Mobile", 8),
        (330, 265, "Call", 8),
        (43, 277, "Producer", 8.5),
        (130, 277, "Elin Berg", 8.5),
        (230, 277, "+46 70 555 0101", 8.5),
        (330, 277, "06:00", 8.5),
        (43, 289, "Gaffer", 8.5),
        (130, 289, "Nils Ek", 8.5),
        (230, 289, "+46 70 555 0102", 8.5),
        (330, 289, "06:15", 8.5),
        (43, 301, "Camera", 8.5),
        (130, 301, "Sara Lund", 8.5),
        (230, 301, "+46 70 555 0103", 8.5),
        (330, 301, "06:45", 8.5),
        *foot,
    ]
    return render(rows, unicode_font=True)


def test_a_crew_heading_over_the_list_is_no_rival_call() -> None:
    day = read_day(_boxed_call_sheet([]))
    assert day["call_time"] == "06:45"
    assert day["field_confidence"]["call_time"] >= 0.85


def test_next_days_box_under_a_later_day_count() -> None:
    """A boxed preview headed 'Inspelningsdag 2 / Shooting day 2' with its own call: the
    next day's, no rival to today's."""
    foot: list[Row] = [
        (46, 620, "Inspelningsdag 2 / Shooting day 2", 9),
        (46, 633, "Thursday 7 May 2026", 8),
        (46, 645, "Call: 07:30 · Skeppsholmen, 111 49 Stockholm", 8),
    ]
    day = read_day(_boxed_call_sheet(foot))
    assert day["call_time"] == "06:45"
    assert day["shooting_date"] == "2026-05-06"
    assert day["field_confidence"]["call_time"] >= 0.85


def test_later_day_heading_regions() -> None:
    from pipeline.extract.reader.pdfread import read_pdf

    pages = read_pdf(_boxed_call_sheet([(46, 620, "DAY 2", 9)]), Limits()).pages
    assert len(later_day_headings(pages)) == 1
    same = read_pdf(_boxed_call_sheet([(46, 620, "Day 1 of 3", 9)]), Limits()).pages
    assert later_day_headings(same) == []
    prose = read_pdf(_boxed_call_sheet([(46, 620, "Day 2 starts at the quay", 9)]), Limits())
    assert later_day_headings(prose.pages) == []


def _one_pager(grid_crew: str, crew_note: str = "Lot C on 4th Ave N, $10 reimbursed") -> bytes:
    """A one-pager: a big 'CALL TIME', a talent call box beside it, a parking note for the
    crew ('Crew: ...'), and a department grid whose 'Crew' cell is ``grid_crew``."""
    rows: list[Row] = [
        (40, 30, "LANTERN ROOM PICTURES    MUSIC VIDEO", 10),
        (150, 60, 'OTIS GREY - "Low Country"', 16),
        (230, 84, "SAT 5/16/26", 11),
        (110, 116, "CALL TIME 8:30A", 22),
        (330, 116, "TALENT CALL 10A", 22),
        (40, 170, "LOCATION", 10),
        (300, 170, "PARKING", 10),
        (40, 184, "Ryman Auditorium", 9),
        (300, 184, f"Crew: {crew_note}", 9),
        (40, 196, "116 Rep. John Lewis Way N, Nashville, TN 37219", 9),
        (40, 230, "DEPARTMENT CALLS", 10),
        (44, 246, "Production 7A", 8.5),
        (150, 246, "G&E 7:30A", 8.5),
        (260, 246, "Camera 7:30A", 8.5),
        (44, 260, f"Crew {grid_crew}", 8.5),
        (150, 260, "Talent 10A", 8.5),
        (260, 260, "Wrap (est.) 7P", 8.5),
        (40, 290, "Sunrise 5:40A  Sunset 7:42P", 9),
    ]
    return render(rows)


def test_big_call_time_is_the_crews_beside_a_talent_call() -> None:
    day = read_day(_one_pager("8:30A"))
    assert day["call_time"] == "08:30"
    assert day["field_confidence"]["call_time"] >= 0.85


def test_a_crew_line_with_another_time_keeps_the_doubt() -> None:
    day = read_day(_one_pager("8:30A", crew_note="9A at Lot C on 4th Ave N"))
    assert day["field_confidence"]["call_time"] < 0.85


# --- the set's street --------------------------------------------------------------------------


def _set_block(*lines: str) -> bytes:
    rows: list[Row] = [
        *masthead("Blue Door Films", "THE LONG WEEKEND", "Day 2 of 4"),
        (40, 100, "Date: Friday 15 May 2026", 9),
        (40, 114, "Crew call: 07:00", 9),
        (40, 150, "LOCATION", 10),
        *[(40, 164 + 12 * n, text, 9) for n, text in enumerate(lines)],
        (40, 240, "Sunrise 05:50   Sunset 20:41", 9),
    ]
    return render(rows, unicode_font=True)


def test_numbered_street_without_a_street_word_over_its_town() -> None:
    day = read_day(_set_block("The Orpheum", "842 S Broadway", "Los Angeles, CA 90014", "Stage"))
    assert day["location"] == "842 S Broadway, Los Angeles, CA 90014"
    assert day["field_confidence"]["location"] >= 0.85


def test_street_by_its_type_word_without_a_number_is_a_street() -> None:
    day = read_day(_set_block("Cinemateca", "Av. Ribeira das Naus", "1100-038 Lisboa", "Sala 1"))
    assert day["location"] == "Av. Ribeira das Naus, 1100-038 Lisboa"
    assert day["field_confidence"]["location"] >= 0.85


def _side_by_side(base: list[str], set_lines: list[str]) -> bytes:
    """UNIT BASE (left) and SET (right) blocks printed on the same baselines."""
    rows: list[Row] = [
        *masthead("Dunaj Service s.r.o.", "Northwind Tea - Steam", "DAY 1 OF 1"),
        (40, 100, "Tuesday 12. 5. 2026", 10),
        (40, 118, "CREW CALL 07:00", 10),
        (43, 160, "UNIT BASE", 9.5),
        (303, 160, "SET", 9.5),
    ]
    for n in range(max(len(base), len(set_lines))):
        y = 176 + 12 * n
        if n < len(base):
            rows.append((43, y, base[n], 9))
        if n < len(set_lines):
            rows.append((303, y, set_lines[n], 9))
    rows.append((40, 260, "Sunrise 05:05   Sunset 20:21", 9))
    return render(rows, unicode_font=True)


def test_side_by_side_blocks_a_street_and_its_postcode_line() -> None:
    """The street's line and the postcode's line read as one address together ('811 01' and
    '1088' alone read as no town: a time, a district number)."""
    day = read_day(
        _side_by_side(
            ["Kamenné námestie", "811 06 Bratislava 1", "Trucks and catering"],
            ["Primaciálny palác", "Primaciálne nám. 1", "811 01 Bratislava 1", "Hall of Mirrors"],
        )
    )
    assert day["location"] == "Primaciálne nám. 1, 811 01 Bratislava 1"
    assert day["field_confidence"]["location"] >= 0.85
    day = read_day(
        _side_by_side(
            ["Pollack Mihály tér", "1088 Budapest", "Trucks"],
            ["Hungarian National Museum", "Múzeum krt. 14-16", "1088 Budapest", "Main stairs"],
        )
    )
    assert day["location"] == "Múzeum krt. 14-16, 1088 Budapest"


def test_a_street_with_two_districts_and_an_ampersand_before_the_town() -> None:
    assert town_line("V&A Waterfront, Cape Town, 8001", coded_only=True)
    assert street_town_address("Dock Rd, Harbour District, V&A Waterfront, Cape Town, 8001")
    day = read_day(
        _set_block(
            "Two Oceans Aquarium", "Dock Rd, Harbour District", "V&A Waterfront, Cape Town, 8001"
        )
    )
    assert day["location"] == "Dock Rd, Harbour District, V&A Waterfront, Cape Town, 8001"
    assert day["field_confidence"]["location"] >= 0.85


def test_unnumbered_street_printed_elsewhere_with_a_number_stays_doubted() -> None:
    """The same street printed with its number on another line of the sheet: the bare street
    may be at another number, a person says which."""
    rows: list[Row] = [
        *masthead("Blue Door Films", "THE LONG WEEKEND", "Day 2 of 4"),
        (40, 100, "Date: Friday 15 May 2026", 9),
        (40, 114, "Crew call: 07:00", 9),
        (40, 150, "LOCATION", 10),
        (40, 164, "Cinemateca", 9),
        (40, 176, "Av. Ribeira das Naus", 9),
        (40, 188, "1100-038 Lisboa", 9),
        (300, 150, "UNIT BASE", 10),
        (300, 164, "Av. Ribeira das Naus 40", 9),
        (300, 176, "1100-038 Lisboa", 9),
        (40, 240, "Sunrise 05:50   Sunset 20:41", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["field_confidence"]["location"] < 0.85
