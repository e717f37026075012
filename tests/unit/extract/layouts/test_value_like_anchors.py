"""A rule is never anchored on a line that reads as a value, and a learnt address less complete
than the one taught never replaces the reader's (drawn pages, no PDF, no I/O)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.extract.layouts import fingerprint as fp
from pipeline.extract.layouts.merge import LEARNT, Learnt, apply_rules
from pipeline.extract.layouts.rules import Rule, learn, numbered, read
from pipeline.extract.reader.scoring import SAFE
from tests.unit.extract.layouts.test_layouts import page, reader_day


def test_a_scene_heading_over_the_set_is_no_label() -> None:
    # the day's first scene, in small capitals right over the address, is nearer than the head
    sheet = page([(300, 100, "SET", 8), (300, 126, "EXT. HARBOUR WALL - DAWN", 7.5),
                  (300, 139, "12 Quay Rd", 9), (300, 151, "Whitby YO21 1DH", 9)])  # fmt: skip
    rule = learn("location", "12 Quay Rd, Whitby YO21 1DH", sheet)
    assert rule is not None and rule.label == "SET"


def test_a_sets_name_that_reads_as_a_street_is_no_label() -> None:
    sheet = page([(40, 100, "UNIT BASE", 8), (40, 126, "MILL LANE", 7.5),
                  (40, 139, "4 Station Rd", 9), (40, 151, "Hebden Bridge HX7 8AD", 9)])  # fmt: skip
    rule = learn("location", "4 Station Rd, Hebden Bridge HX7 8AD", sheet)
    assert rule is not None and rule.label == "UNIT BASE"


@pytest.mark.parametrize(
    ("text", "has_number"),
    [("25 Swan St", True), ("70-102 Flinders St", True), ("Via Roma 16/A, 43121 Parma", True),
     ("ul. Długa 12a", True), ("Avenida Paulista, 1578", True), ("First Avenue", False),
     ("Castle St, Carlisle CA3 8TP", False), ("Glencoe, Ballachulish PH49 4HY", False)],
)  # fmt: skip
def test_a_street_number_is_told_from_a_postcodes_digits(text: str, has_number: bool) -> None:
    assert numbered(text) is has_number


def _venue_sheet(street: str, town: str) -> tuple:
    return page([(36, 40, "NORTHERN LIGHTS TOUR", 16), (36, 120, "VENUE", 8),
                 (36, 134, street, 10), (36, 147, town, 10)])  # fmt: skip


def _taught_numbered() -> list[Learnt]:
    day1 = _venue_sheet("220 Argyle St", "Halifax, NS B3J 1J8")
    rule = learn("location", "220 Argyle St, Halifax, NS B3J 1J8", day1)
    assert rule is not None and rule.taught_numbered is True
    return [Learnt("rule-venue", fp.fingerprint(day1), replace(rule, corrects_reader=True))]


def test_a_bare_street_name_never_replaces_the_readers_numbered_address() -> None:
    # today the box holds only the venue's street name; the reader found the full address
    day2 = _venue_sheet("Spring Garden Road", "doors at noon")
    assert read(_taught_numbered()[0].rule, day2) is not None
    reader = "5640 Spring Garden Rd, Halifax, NS B3J 3M7"
    day = reader_day(call_time="07:00", call_time_conf=1.0, location=reader, location_conf=0.6)
    applied = apply_rules(day, _taught_numbered(), day2, fp.fingerprint(day2))
    assert applied.day["location"] == reader
    assert applied.day["field_confidence"]["location"] < SAFE
    assert applied.day["confidence"] < SAFE
    assert "location" not in applied.used
    assert any("less complete" in w for w in applied.day["warnings"])
    # a sure reader is not overridden either, though the rule corrected the reader here
    sure = reader_day(call_time="07:00", call_time_conf=1.0, location=reader,
                      location_conf=0.95, confidence=0.95, warnings=[])  # fmt: skip
    applied = apply_rules(sure, _taught_numbered(), day2, fp.fingerprint(day2))
    assert applied.day["location"] == reader
    assert applied.day["confidence"] < SAFE


def test_a_bare_street_name_where_nothing_was_read_is_only_a_suggestion() -> None:
    day2 = _venue_sheet("Spring Garden Road", "doors at noon")
    day = reader_day(call_time="07:00", call_time_conf=1.0)
    applied = apply_rules(day, _taught_numbered(), day2, fp.fingerprint(day2))
    assert applied.day["location"].startswith("Spring Garden Road")
    assert applied.day["field_confidence"]["location"] < SAFE


def test_a_full_address_without_a_number_is_still_read_where_taught() -> None:
    # a street, a town and a postcode: the production's form, though it has no house number
    day2 = _venue_sheet("Castle Garth", "Newcastle upon Tyne NE1 1RQ")
    day = reader_day(call_time="07:00", call_time_conf=1.0, location="Castle Garth",
                     location_conf=0.6)  # fmt: skip
    applied = apply_rules(day, _taught_numbered(), day2, fp.fingerprint(day2))
    assert applied.day["location"] == "Castle Garth, Newcastle upon Tyne NE1 1RQ"
    assert applied.day["field_confidence"]["location"] == LEARNT


def test_whether_the_taught_address_had_a_number_survives_the_json() -> None:
    rule = _taught_numbered()[0].rule
    assert Rule.from_json(rule.to_json()) == rule
    data = rule.to_json()
    del data["taught_numbered"]  # a rule stored before it was kept
    assert Rule.from_json(data).taught_numbered is None


@pytest.mark.parametrize("street", ["Calle Berriozábal", "Calle Alcalá Norte"])
def test_a_word_of_the_set_in_the_base_column_beside_it_is_not_the_set(street: str) -> None:
    """Base, set and hospital in three columns on the same lines: the base's truck line prints a
    word of the set's address ('Calle', 'Rd') on the set's line, left of it; the set's rule is
    anchored on the set's label, not on the base's (whose later sheets print the base there)."""
    sheet = page([(40, 100, "BASE / PARKING - UNIT BASE", 8), (240, 100, "LOCATION", 8),
                  (440, 100, "NEAREST HOSPITAL", 8),
                  (40, 114, "Estacionamiento El Llano", 9),
                  (240, 114, "Templo de Santo Domingo", 9),
                  (440, 114, "Hospital General", 9),
                  (40, 126, f"Trucks: {street}", 9), (240, 126, "Calle Macedonio Alcalá s/n", 9),
                  (440, 126, "Calle Porfirio Díaz 400", 9)])  # fmt: skip
    rule = learn("location", "Calle Macedonio Alcalá s/n", sheet)
    assert rule is not None and rule.label == "LOCATION"
