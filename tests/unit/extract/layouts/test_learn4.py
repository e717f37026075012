"""learn4: an address a spreadsheet prints over neighbouring cells of its row (the street in
one, its town in the next) is learnt and read whole; a place named down to its town, as the
person confirmed, is followed on later sheets; an address cut off before its street's name is
never confirmed as it is, and a street's type wrapped to the line above is taken back (drawn
pages, no PDF, no I/O)."""

from __future__ import annotations

import pytest

from pipeline.extract.layouts import fingerprint as fp
from pipeline.extract.layouts.merge import LEARNT, Learnt, apply_rules
from pipeline.extract.layouts.rules import Rule, learn, read, teach
from pipeline.extract.layouts.values import CUT, named_place, type_at_end
from pipeline.extract.reader.scoring import SAFE
from tests.unit.extract.layouts.test_layouts import page, reader_day

# --- an address over two cells of its row -----------------------------------------------------


def grid(set_name: str, street: str, town: str, *, other: str = "Watergate and the yard") -> tuple:
    """A spreadsheet: row numbers, labels in column A, values in B and D."""
    return page([(22, 40, "1", 7), (43, 40, "Lough Erne", 12), (433, 40, "Fermanagh Screen", 12),
                 (22, 58, "2", 7), (43, 58, "Date", 8.5), (153, 58, "16/06/2026", 8.5),
                 (22, 73, "3", 7), (43, 73, "Crew Call", 8.5), (153, 73, "07:00", 8.5),
                 (22, 103, "5", 7), (43, 103, "Location", 8.5), (153, 103, set_name, 8.5),
                 (323, 103, "Set", 8.5), (433, 103, other, 8.5),
                 (22, 118, "6", 7), (43, 118, "Address", 8.5), (153, 118, street, 8.5),
                 (433, 118, town, 8.5),
                 (22, 133, "7", 7), (43, 133, "Parking", 8.5), (153, 133, "Forum car park", 8.5),
                 (433, 133, "Lisnaskea BT92 0AA", 8.5)])  # fmt: skip


DAY1 = grid("Enniskillen Castle", "Castle Barracks", "Enniskillen BT74 7HL")


def test_an_address_over_two_cells_is_learnt_under_its_rows_label() -> None:
    rule = learn("location", "Castle Barracks, Enniskillen BT74 7HL", DAY1)
    assert rule is not None
    # not anchored on the street's cell, nor on the set's name over it
    assert (rule.label, rule.relation, rule.lines, rule.cells) == ("Address", "right", 1, 2)
    found = read(rule, DAY1)
    assert found is not None and found.value == "Castle Barracks, Enniskillen BT74 7HL"


def test_the_two_cells_are_read_on_the_next_sheet() -> None:
    rule = learn("location", "Castle Barracks, Enniskillen BT74 7HL", DAY1)
    assert rule is not None
    later = grid("Portstewart Strand", "118 Strand Road", "Portstewart BT55 7PG")
    found = read(rule, later)
    assert found is not None and found.value == "118 Strand Road, Portstewart BT55 7PG"


def test_a_correction_over_two_cells_confirms_the_next_sheet() -> None:
    rule = teach("location", "Castle Barracks, Enniskillen BT74 7HL", DAY1,
                 read_before="Enniskillen BT74 7HL", corrected=True)  # fmt: skip
    assert rule is not None and not rule.is_memo
    later = grid("Castle Ward", "Park Road", "Strangford, Downpatrick BT30 7LS")
    learnt = [Learnt("set", fp.fingerprint(DAY1), rule)]
    day = reader_day(location="Park Road", location_conf=0.95)
    applied = apply_rules(day, learnt, later, fp.fingerprint(later))
    assert applied.day["location"] == "Park Road, Strangford, Downpatrick BT30 7LS"
    assert applied.day["field_confidence"]["location"] == LEARNT


def test_a_neighbour_cell_of_other_words_is_another_column() -> None:
    """Negative: the cell beside the address prints words that are not the person's (a
    parking's name in the same town): the address is its own cell alone."""
    day = grid("Enniskillen Castle", "Castle Barracks, Enniskillen BT74 7HL", "Enniskillen Forum")
    rule = learn("location", "Castle Barracks, Enniskillen BT74 7HL", day)
    assert rule is not None and rule.cells == 1 and rule.label == "Address"
    found = read(rule, day)
    assert found is not None and found.value == "Castle Barracks, Enniskillen BT74 7HL"


def test_one_cell_address_reads_no_other_column() -> None:
    """Negative: taught on one cell, a later row's other column is not read with it."""
    day = grid("Enniskillen Castle", "12 Castle Street, Enniskillen BT74 7HL", "Bus parking")
    rule = learn("location", "12 Castle Street, Enniskillen BT74 7HL", day)
    assert rule is not None and rule.cells == 1
    later = grid("Portstewart Strand", "118 Strand Road, Portstewart BT55 7PG", "Portstewart")
    found = read(rule, later)
    assert found is not None and found.value == "118 Strand Road, Portstewart BT55 7PG"


def test_a_stored_rule_without_cells_reads_one() -> None:
    rule = learn("location", "Castle Barracks, Enniskillen BT74 7HL", DAY1)
    assert rule is not None
    data = rule.to_json()
    assert Rule.from_json(data) == rule
    del data["cells"], data["taught_place"]
    old = Rule.from_json(data)
    assert old.cells == 1 and old.taught_place is False


# --- a place named down to its town, as the person confirmed ----------------------------------


def side(place: str) -> tuple:
    return page([(196, 33, "RIVERSIDE REELS", 13), (36, 113, "DATE:", 9),
                 (156, 113, "Tuesday 22nd December, 2026", 9), (36, 127, "CALL TIME:", 9),
                 (156, 127, "6:30AM PROMPT", 9), (36, 183, "LOCATION:", 9), (156, 183, place, 9),
                 (36, 197, "SET:", 9), (156, 197, "the jetty and the boardwalk", 9)])  # fmt: skip


TAUGHT_PLACE = "Cape Coast Castle, Victoria Road, Cape Coast, Central Region"


def _apply_after_place(later: str, reader_value: str, conf: float = 0.76) -> dict:
    day1 = side(TAUGHT_PLACE)
    rule = teach("location", "Victoria Road, Cape Coast, Central Region", day1,
                 read_before=TAUGHT_PLACE, corrected=True)  # fmt: skip
    assert rule is not None and rule.taught_place and not rule.taught_numbered
    day2 = side(later)
    learnt = [Learnt("set", fp.fingerprint(day1), rule)]
    day = reader_day(location=reader_value, location_conf=conf)
    return apply_rules(day, learnt, day2, fp.fingerprint(day2)).day


def test_a_place_in_the_form_taught_is_confirmed() -> None:
    later = "Maison des Esclaves, Rue Saint-Germain, Île de Gorée, Dakar"
    day = _apply_after_place(later, later)
    assert day["location"] == later
    assert day["field_confidence"]["location"] == LEARNT


def test_a_bare_street_is_not_the_form_taught() -> None:
    """Negative: a street's name alone, with no town: less complete than the place taught."""
    day = _apply_after_place("Rue Saint-Germain", "Rue Saint-Germain")
    assert day["field_confidence"]["location"] < SAFE


def test_a_reader_numbered_address_is_not_overridden_by_a_place() -> None:
    """Negative: the reader found a numbered address: the place the rule reads is checked."""
    later = "Maison des Esclaves, Rue Saint-Germain, Île de Gorée, Dakar"
    day = _apply_after_place(later, "12 Rue Saint-Germain, 75006 Paris", conf=0.95)
    assert day["field_confidence"]["location"] < SAFE


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (TAUGHT_PLACE, True),
        ("Charles Fort, Summercove, Kinsale, Co. Cork", True),
        ("Maison des Esclaves, Rue Saint-Germain, Île de Gorée, Dakar", True),
        ("12 Victoria Road, Cape Coast, Central Region", False),  # numbered
        ("Dunluce Castle, Portballintrae, Bushmills", False),  # no street, no county
        ("Victoria Road", False),
        ("Cape Coast Castle, Cape Coast, Rue", False),  # cut before the street's name
    ],
)
def test_named_place(text: str, named: bool) -> None:
    assert named_place(text) is named


# --- an address cut before its street's name ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kolegiata Zbawiciela i Wszystkich Świętych, ul.", "ul."),
        ("Zamek Biskupów, pl.", "pl."),
        ("Maison des Esclaves, Rue", "Rue"),
        ("Old Mill, Via", "Via"),
        ("ul. Orła Białego 16, 11-040 Dobre Miasto", None),
        ("Market Place", None),  # a street named with the word, no comma: whole
        ("Block 4, C", None),  # a one-letter word is no type here
        (", ul.", None),  # nothing before it
        ("Stadium, Road", None),  # a type printed after the name ends no line mid-street
    ],
)
def test_type_at_end(text: str, kind: str | None) -> None:
    assert type_at_end(text) == kind


def column(first: str, second: str | None = None) -> tuple:
    """Labels in a column; the row under the set's is labelled, so nothing carries it on."""
    texts = [(56, 40, "DYSPOZYCJA nr 12", 15), (56, 180, "1. Zbiórka ekipy:", 9.5),
             (221, 180, "godz. 7:00", 9.5), (56, 240, "5. Miejsce zdjęć:", 9.5),
             (221, 240, first, 9.5), (56, 255, "6. Baza / parking:", 9.5),
             (221, 255, "Parking przy ul. Hożej 5, 11-100 Lidzbark", 9.5)]  # fmt: skip
    return page(texts)


def test_a_value_cut_before_its_streets_name_is_never_confirmed() -> None:
    day1 = column("pl. Zamkowy 1, 11-100 Lidzbark Warmiński")
    rule = learn("location", "pl. Zamkowy 1, 11-100 Lidzbark Warmiński", day1)
    assert rule is not None and rule.relation == "right"
    cut = column("Kościół 3, 14-500 Braniewo, ul.")
    found = read(rule, cut)
    assert found is not None and found.quality == CUT
    learnt = [Learnt("set", fp.fingerprint(day1), rule)]
    day = reader_day(location=None)
    applied = apply_rules(day, learnt, cut, fp.fingerprint(cut))
    assert applied.day["field_confidence"]["location"] < SAFE


def test_a_whole_value_keeps_its_quality() -> None:
    """Negative: the same rule on a whole address reads it at its parse quality."""
    day1 = column("pl. Zamkowy 1, 11-100 Lidzbark Warmiński")
    rule = learn("location", "pl. Zamkowy 1, 11-100 Lidzbark Warmiński", day1)
    assert rule is not None
    found = read(rule, column("ul. Kościelna 2, 14-500 Braniewo"))
    assert found is not None and found.quality == 1.0


def below(name: str, address: str) -> tuple:
    """The set's label over its name's line and its address's line."""
    return page([(40, 40, "HARBOUR PILOTS", 16), (40, 100, "SET LOCATION", 8),
                 (40, 113, name, 9.5), (40, 125, address, 9.5),
                 (300, 100, "CREW CALL", 8), (300, 113, "07:00", 9.5)])  # fmt: skip


def test_a_streets_type_wrapped_to_the_line_above_is_taken_back() -> None:
    day1 = below("Zamek Biskupów Warmińskich", "pl. Zamkowy 1, 11-100 Lidzbark")
    rule = learn("location", "pl. Zamkowy 1, 11-100 Lidzbark", day1)
    assert rule is not None and rule.relation == "below" and rule.lines == 1
    later = below("Kolegiata Zbawiciela, ul.", "Orła Białego 16, 11-040 Dobre Miasto")
    found = read(rule, later)
    assert found is not None and found.value == "ul. Orła Białego 16, 11-040 Dobre Miasto"


def test_a_name_line_with_no_type_adds_nothing() -> None:
    """Negative: the line above is the set's name alone: the value is read as printed."""
    day1 = below("Zamek Biskupów Warmińskich", "pl. Zamkowy 1, 11-100 Lidzbark")
    rule = learn("location", "pl. Zamkowy 1, 11-100 Lidzbark", day1)
    assert rule is not None
    later = below("Kolegiata Zbawiciela", "ul. Orła Białego 16, 11-040 Dobre Miasto")
    found = read(rule, later)
    assert found is not None and found.value == "ul. Orła Białego 16, 11-040 Dobre Miasto"
