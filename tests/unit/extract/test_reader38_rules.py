"""Conventions from the twenty-ninth held-out set's misses (reader38): a hospital label's
gloss after its slash ("NEAREST HOSPITAL / A&E", "Hospital / Spital") is the label again,
never the hospital's name. Each is drawn on a small page of its own, in words and places of
its own. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

from pipeline.extract.reader.label_gloss import hospital_label_words
from pipeline.extract.reader.title import clean_title
from pipeline.extract.reader.title_kinds import label_with_time, quoted_work
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


# --- titles ------------------------------------------------------------------------------------


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
