"""Rules reader78 added, drawn on small pages in wordings of their own (not fresh55's): a change
'z godz. 6:00 na godz. 6:45' read as its new time, and a revision whose words hold several
times the reader cannot order kept in review; a change table's heading with a bracketed note
('WAS (v1)'); a typed list's address line over the set line that names only a part of the
place; a slashed pair of sun labels sharing a noun ('Východ / západ slunce') over or beside
slashed times with their unit ('6:12 h / 19:40 h'); 'MIESTO NATÁČANIA' and 'BOLNICA' labels; a
quoted street name before its number; a title label opening a row of a table of times; a
parish pilgrimage, a fire brigade's exercise order and a company's team-building trip are
other paper. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.call_finder import _changed_to, _unit_times
from pipeline.extract.reader.change_tables import heading_columns
from pipeline.extract.reader.place_finder import one_address
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import doc_type, masthead, read_day, word_line

SURE = 0.85


def _sheet(*extra: Row, call: str = "Crew call: 7:00 AM") -> list[Row]:
    return [
        *masthead("HARBOUR LIGHT PICTURES", "THE LONG TIDE", "Call sheet no. 12"),
        (40, 100, "Date: Tuesday, March 10, 2026", 9),
        (40, 116, call, 9),
        (40, 132, "Location: Pier House, 14 Quay Street, Whitby YO21 3PX", 9),
        (40, 148, "Hospital: Whitby Community Hospital, Spring Hill, Whitby YO21 1DP", 9),
        *extra,
    ]


def _polish(*extra: Row, call: str) -> list[Row]:
    return [
        *masthead("Mazurska Wytwórnia Filmowa", "„Jezioro”", "Plan nr 8"),
        (40, 100, "Data: czwartek, 7 maja 2026", 9),
        (40, 170, call, 9),
        (40, 186, "Miejsce zdjęć: Zamek w Giżycku, ul. Moniuszki 1, 11-500 Giżycko", 9),
        (40, 202, "Szpital: Szpital Miejski, ul. Warszawska 41, 11-500 Giżycko", 9),
        *extra,
    ]


# --- a change 'z godz. X na godz. Y' is its new time --------------------------------------------


@pytest.mark.parametrize(
    ("text", "new"),
    [
        ("przesunięta z godz. 6:00 na godz. 6:45", "06:45"),
        ("zostaje przeniesiona z godziny 9.00 na 10.30", "10:30"),
        ("posunut z hod. 7.00 na hod. 8.00", "08:00"),
        ("verschoben von um 7:00 auf 8:15 Uhr", "08:15"),
    ],
)
def test_a_change_with_the_word_for_hour_before_the_old_time(text: str, new: str) -> None:
    found = _changed_to(text)
    assert found is not None and found.value == new


def test_a_range_with_a_word_for_hour_is_no_change() -> None:
    """Negative: 'z' and 'na' around a time and a place are no change of time."""
    assert _changed_to("zbiórka o godz. 7:00 z parkingu na plan") is None


def test_a_change_sentence_over_the_call_label_reads_the_new_time_sure() -> None:
    rows = _polish(
        (40, 130, "UWAGA: zbiórka ekipy przeniesiona z godz. 6:00 na godz. 6:45 (przeprawa).", 9),
        call="Zbiórka ekipy: 6:45",
    )
    day = read_day(render(rows, unicode_font=True))
    assert day["call_time"] == "06:45"
    assert day["field_confidence"]["call_time"] >= SURE, day["warnings"]


def test_a_revision_with_several_times_not_understood_stays_in_review() -> None:
    """'ZMIANA: zbiórka ekipy zamiast 7:00 teraz 8:30': the reader knows no 'zamiast ... teraz'
    change; it takes the first time, which the plain label contradicts: in review, never sure."""
    rows = _polish(
        (40, 130, "ZMIANA: zbiórka ekipy zamiast 7:00 teraz 8:30, reszta bez zmian.", 9),
        call="Zbiórka ekipy: 8:30",
    )
    day = read_day(render(rows, unicode_font=True))
    assert day["call_time"] != "08:30" or day["field_confidence"]["call_time"] >= SURE
    assert day["call_time"] == "08:30" or day["field_confidence"]["call_time"] < SURE


def test_a_revision_with_one_time_still_wins_sure() -> None:
    """Negative: 'REVISED CALL: 7:30 AM' (one time) over a crew call of 7:00 stays the revision,
    as before; only several unordered times put it in doubt."""
    rows = _sheet((40, 180, "REVISED CALL: 7:30 AM", 11), call="Crew call: 7:30 AM")
    day = read_day(render(rows))
    assert day["call_time"] == "07:30"
    assert day["field_confidence"]["call_time"] >= SURE, day["warnings"]


def test_a_revision_naming_the_time_it_replaced_stays_sure() -> None:
    """Negative: 'REVISED CALL: 7:30 AM (was 7:00 AM)' holds two times, but names the old one:
    the 7:00 printed elsewhere is the one replaced, no doubt."""
    rows = _sheet((40, 180, "REVISED CALL: 7:30 AM (was 7:00 AM)", 11), call="Crew call: 7:00 AM")
    day = read_day(render(rows))
    assert day["call_time"] == "07:30"
    assert day["field_confidence"]["call_time"] >= SURE, day["warnings"]


# --- a change table's heading with a note in brackets -------------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("WAS (v1)", "NOW (v2)"),
        ("PŮVODNĚ (verze 1)", "NOVĚ (verze 2)"),
        ("ALT (Stand 3.5.)", "NEU"),
    ],
)
def test_a_change_tables_heading_with_a_bracketed_note(old: str, new: str) -> None:
    cols = heading_columns(word_line((40, "ITEM"), (200, old), (330, new)))
    assert cols is not None and cols[0][0] == 200 and cols[1][0] == 330


def test_a_bracketed_heading_beside_another_word_is_no_change_table() -> None:
    """Negative: a third heading that is neither old nor new ('NOTES (crew)') is another table."""
    assert (
        heading_columns(word_line((40, "ITEM"), (200, "WAS (v1)"), (330, "NOTES (crew)"))) is None
    )


def test_a_change_table_with_version_notes_reads_the_new_call() -> None:
    rows = _sheet(
        (40, 180, "ITEM", 8),
        (200, 180, "WAS (version 1)", 8),
        (330, 180, "NOW (version 2)", 8),
        (40, 196, "Crew call", 9),
        (200, 196, "8:00 AM", 9),
        (330, 196, "6:30 AM", 9),
        call="Crew call: 6:30 AM",
    )
    day = read_day(render(rows))
    assert day["call_time"] == "06:30"
    assert day["field_confidence"]["call_time"] >= SURE, day["warnings"]


# --- a typed list's address line over the set line ----------------------------------------------


def _typed(set_line: str) -> list[Row]:
    return [
        (56, 50, "Pennine Pictures Ltd, 3 Mill Yard, Halifax HX1 1AA", 9),
        (56, 74, "SHOOTING PLAN FOR TUESDAY 14 APRIL 2026", 13),
        (56, 96, "Film: Weaver's Daughter - day 6", 10),
        (56, 120, "Call: 7:30 at the mill gate", 10),
        (56, 135, "Address: Dean Clough Mill, 2 Dean Clough, Halifax HX3 5AX", 10),
        (56, 150, set_line, 10),
        (56, 165, "Base: car park off Corporation Street, Halifax HX3 5AX", 10),
        (56, 180, "Hospital: Calderdale Royal Hospital, Salterhebble Hill, Halifax HX3 0PW", 10),
    ]


def test_the_address_line_over_a_set_line_naming_a_room_completes_the_set() -> None:
    day = read_day(render(_typed("Set: the weaving shed and the loading bay")))
    assert "2 Dean Clough, Halifax HX3 5AX" in day["location"]
    assert day["field_confidence"]["location"] >= SURE, day["warnings"]


def test_a_set_line_with_its_own_address_keeps_it() -> None:
    """Negative: a set line that gives an address of its own is not completed by the one above."""
    day = read_day(render(_typed("Set: Piece Hall, Blackledge, Halifax HX1 1RE")))
    assert "Blackledge" in day["location"]


# --- a slashed pair of sun labels sharing a noun ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("5:07 h / 20:15 h", ["05:07", "20:15"]),
        ("5:51 ч. / 20:45 ч.", ["05:51", "20:45"]),
        ("6.02 / 19.58", ["06:02", "19:58"]),
    ],
)
def test_slashed_times_with_their_unit(text: str, values: list[str]) -> None:
    times = _unit_times(text)
    assert times is not None and [t.value for t in times] == values


@pytest.mark.parametrize(
    "text", ["5:07 h / 20:15 h ACTOR ROLE", "6:00 / lunch", "6:00 / 7:00 cast"]
)
def test_slashed_times_with_other_words_are_no_pair(text: str) -> None:
    assert _unit_times(text) is None


def _sun_sheet(label: Row, value: Row, *, right: str = "HEREC ROLA MASKA NA PLACU") -> list[Row]:
    return [
        *masthead("VLTAVA FILM s.r.o.", "NOČNÍ MĚSTO", "Denní plán"),
        (40, 100, "Datum: středa 13. května 2026", 9),
        (40, 116, "Sraz štábu: 7:00", 9),
        (40, 132, "Místo natáčení: Strahovský klášter, Strahovské nádvoří 1, 118 00 Praha 1", 9),
        label,
        value,
        (200, value[1], right, 8),
    ]


def test_a_slashed_sun_pair_over_its_times_with_another_column_beside() -> None:
    rows = _sun_sheet((40, 170, "Východ / západ slunce", 7), (40, 182, "5:12 h / 20:31 h", 9))
    day = read_day(render(rows, unicode_font=True))
    assert (day["sunrise"], day["sunset"]) == ("05:12", "20:31")


def test_a_slashed_sun_pair_beside_its_times() -> None:
    rows = [
        *masthead("JADRAN FILM d.o.o.", "OTOK", "Plan snimanja"),
        (40, 100, "Datum: srijeda, 13. svibnja 2026.", 9),
        (40, 116, "Okupljanje ekipe: 7:00 h", 9),
        (40, 132, "Lokacija: Tvrđava sv. Nikole, Put Jadrije 2, 22000 Šibenik", 9),
        (40, 148, "Izlazak / zalazak sunca   5:18 h / 20:14 h", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert (day["sunrise"], day["sunset"]) == ("05:18", "20:14")


# --- Slovak and Croatian labels -----------------------------------------------------------------


def test_slovak_miesto_natacania_and_croatian_bolnica_label_their_cells() -> None:
    rows = [
        *masthead("TATRA FILM s.r.o.", "HORÁREŇ", "Denný plán"),
        (40, 100, "Dátum: štvrtok 14. mája 2026", 9),
        (40, 116, "Zraz štábu: 7:30 h", 9),
        (40, 140, "MIESTO NATÁČANIA", 7),
        (40, 152, "Kaštieľ Betliar", 8),
        (40, 163, "Kaštieľna 6", 8),
        (40, 174, "049 21 Betliar", 8),
        (300, 140, "BOLNICA (HITNA)", 7),
        (300, 152, "Nemocnica Rožňava, Špitálska 1, 048 01 Rožňava", 8),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert "Kaštieľna 6" in day["location"]
    assert day["hospital"]["name"] == "Nemocnica Rožňava"


# --- a quoted street name -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        (
            ["Teatr", "ul. „Księdza Skargi” 7", "30-001 Kraków"],
            "ul. „Księdza Skargi” 7, 30-001 Kraków",
        ),
        (["Опера", "бул. „Христо Ботев“ 2", "9000 Варна"], "бул. „Христо Ботев“ 2, 9000 Варна"),
    ],
)
def test_a_quoted_street_name_before_its_number(lines: list[str], address: str) -> None:
    assert one_address(lines)[1] == address


def test_a_quoted_title_over_a_town_is_no_street() -> None:
    """Negative: a line that opens with a quote (a title, a name) is no street line."""
    assert (
        one_address(["„Lato w mieście” 2", "00-950 Warszawa"])[1]
        != "„Lato w mieście” 2, 00-950 Warszawa"
    )


# --- a title label opening a row of a table of times -------------------------------------------


def test_a_production_row_in_a_departments_times_table_heads_no_title() -> None:
    rows = _sheet(
        (40, 190, "DEPT", 7),
        (160, 190, "NOTES", 7),
        (420, 190, "TIME", 7),
        (40, 204, "Production", 8),
        (160, 204, "road closure, security", 8),
        (420, 204, "6:30", 8),
        (40, 218, "Animals", 8),
        (160, 218, "horses on location", 8),
        (420, 218, "6:00", 8),
    )
    day = read_day(render(rows))
    assert day["production"] == "THE LONG TIDE"


# --- other kinds of event paper -----------------------------------------------------------------


def _event(title: str, body: str = "Meet at 6:00 in the car park, 1 Church Lane") -> list[Row]:
    return [
        (40, 40, "St Mary's, 1 Church Lane, Walsingham NR22 6BP", 9),
        (40, 62, title, 15),
        (40, 84, "Saturday, May 30, 2026", 10),
        (40, 104, body, 9),
        (40, 118, "6:15 AM   Coaches leave", 9),
        (40, 132, "11:00 AM  Arrival, 5 Holt Road, Walsingham NR22 6BP", 9),
        (40, 146, "1:00 PM   Lunch", 9),
        (40, 160, "5:30 PM   Return", 9),
        (40, 180, "Nearest hospital: Queen Elizabeth Hospital, King's Lynn PE30 4ET", 9),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "PARISH PILGRIMAGE TO WALSINGHAM",
        "Pèlerinage paroissial à Lourdes",
        "Wallfahrt nach Altötting",
        "Freiwillige Feuerwehr Holt - Übungsplan",
        "FIRE BRIGADE EXERCISE ORDER No. 3",
        "OSP Holt - ćwiczenia jednostek",
        "TEAM BUILDING DAY 2026",
        "Company away day - programme",
        "Wyjazd integracyjny - harmonogram",
        "Betriebsausflug 2026",
    ],
)
def test_a_pilgrimage_drill_or_team_trip_paper_is_other(title: str) -> None:
    assert doc_type(_event(title), unicode_font=True) == "other"


def test_a_gathering_word_in_an_event_papers_heading_makes_no_call_sheet() -> None:
    rows = _event("Wyjazd integracyjny 2026", "Zbiórka uczestników 6:00 - parking biura")
    rows = [rows[1], rows[3], rows[0], *rows[2:3], *rows[4:]]  # 'Zbiórka' among the first lines
    assert doc_type(rows, unicode_font=True) == "other"


@pytest.mark.parametrize(
    "extra",
    [
        [(40, 200, "Sc 4  INT. CHURCH - DAY  The pilgrimage leaves; 40 SAs as pilgrims", 8)],
        [(40, 200, "Fire brigade on standby for the rain tower; fire exercise scene at 2 PM", 9)],
        [(40, 200, "Sc 9  EXT. COACH - DAY  The company team building trip arrives", 8)],
    ],
)
def test_a_call_sheet_shooting_a_pilgrimage_drill_or_trip_stays_one(extra: list[Row]) -> None:
    """Negatives: a call sheet at a church, with a fire brigade, about a company trip."""
    rows = [
        (40, 40, "CALL SHEET", 16),
        (40, 62, "THE WAY", 14),
        (380, 62, "Saturday, May 30, 2026", 10),
        (40, 100, "Crew call: 7:00 AM", 10),
        (40, 120, "Location: St Mary's Church, 1 Church Lane, Walsingham NR22 6BP", 9),
        (40, 140, "Hospital: Queen Elizabeth Hospital, Gayton Rd, King's Lynn PE30 4ET", 9),
        *extra,
    ]
    assert doc_type(rows) == "call_sheet"


@pytest.mark.parametrize(
    "title", ["PILGRIMAGE - DAY 3 OF 20", "TEAM BUILDING - UNIT 2", "FIRE DRILL (ep. 4)"]
)
def test_a_film_titled_after_a_pilgrimage_or_drill_that_films_stays_a_call_sheet(
    title: str,
) -> None:
    """Negative: a title that names such an event, on a page that speaks of its shoot."""
    rows = _event(title, "Crew call 6:00 - filming at the church, scenes 4, 5")
    assert doc_type(rows, unicode_font=True) == "call_sheet"
