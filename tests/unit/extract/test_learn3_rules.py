"""learn3: a place named down to its county with no street and no number ("Charles Fort,
Summercove, Kinsale, Co. Cork", as Irish sheets print a set) is a form a rule can learn and
read: the person's correction to it is kept as a rule, not a memo, and a later sheet printing a
place of the same form under the label is confirmed by it (layouts.rules.parse)."""

from __future__ import annotations

import pytest

from pipeline.extract.layouts import fingerprint as fp
from pipeline.extract.layouts.merge import LEARNT, Learnt, apply_rules
from pipeline.extract.layouts.rules import read, teach
from pipeline.extract.layouts.values import UNKNOWN_FORM, county_place, parse
from pipeline.extract.reader.scoring import SAFE
from tests.unit.extract.layouts.test_layouts import page


def side_sheet(place: str, call: str = "0700") -> tuple:
    """A sheet with its labels in a column and the values to their right."""
    return page(
        [
            (36, 40, "THE GLENS", 16),
            (36, 80, "UNIT CALL:", 9),
            (160, 80, call, 12),
            (36, 100, "SHOOT DAY:", 9),
            (160, 100, "Day 4 of 20", 9),
            (36, 120, "SET LOCATION:", 9),
            (160, 120, place, 9),
            (36, 140, "SET:", 9),
            (160, 140, "the drawing room and the walled garden", 9),
            (36, 160, "UNIT BASE:", 9),
            (160, 160, "Main Street car park", 9),
        ]
    )


def above_sheet(place: str) -> tuple:
    """A sheet with the set's label above its value."""
    return page(
        [
            (36, 40, "AN TRÁ", 16),
            (36, 80, "CREW CALL", 7),
            (36, 96, "06:30", 14),
            (36, 130, "WHERE WE ARE", 7),
            (36, 144, place, 10),
            (36, 190, "NOTES", 7),
            (36, 204, "Tide out from 10:00, keep off the dunes", 9),
        ]
    )


def reader_day(location: str | None, conf: float) -> dict[str, object]:
    return {
        "production": "THE GLENS",
        "shooting_date": "2026-10-22",
        "call_time": "07:00",
        "location": location,
        "confidence": 0.8,
        "field_confidence": {"shooting_date": 1.0, "call_time": 1.0, "location": conf},
        "warnings": ["location: low confidence (0.80)"],
    }


@pytest.mark.parametrize(
    "text",
    [
        "Dunluce Castle, Portballintrae, Bushmills, Co. Antrim",
        "Glenveagh Castle, Churchill, Letterkenny, County Donegal",
        "Kylemore Abbey, Pollacappul, Connemara, Co Galway",
        "Summercove, Kinsale, Co. Cork",
    ],
)
def test_a_place_down_to_its_county_parses_in_the_unknown_form(text: str) -> None:
    assert county_place(text)
    found = parse("location", text)
    assert found is not None and found.quality == UNKNOWN_FORM and found.value == text


@pytest.mark.parametrize(
    "text",
    [
        "the drawing room and the walled garden",  # a set's description
        "Co. Cork",  # a county alone
        "Kinsale, Co. Cork",  # a town and its county: no place
        "Meet at the pier, bring warm layers, Co. Cork",  # running text
        "Dunluce Castle, Portballintrae, Bushmills, Antrim",  # no county marked
        "Charles Fort, Summercove, Kinsale, Co. Cork is closed today so we move to the hall",
    ],
)
def test_other_texts_are_no_county_place(text: str) -> None:
    assert not county_place(text)
    assert parse("location", text) is None


@pytest.mark.parametrize(
    ("sheet", "later"),
    [
        (side_sheet, "Glenveagh Castle, Churchill, Letterkenny, County Donegal"),
        (above_sheet, "Inch Strand, Inch, Annascaul, Co. Kerry"),
    ],
)
def test_a_correction_to_a_county_place_is_learnt_and_confirms_the_next_sheet(
    sheet, later: str
) -> None:
    read_before = "Dunluce Castle, Portballintrae, Bushmills, Co. Antrim"
    day1 = sheet(read_before)
    # the person drops the venue's name: the rest is read back from the same cell
    rule = teach(
        "location",
        "Portballintrae, Bushmills, Co. Antrim",
        day1,
        read_before=read_before,
        corrected=True,
    )
    assert rule is not None and not rule.is_memo
    assert rule.taught_quality == UNKNOWN_FORM
    learnt = [Learnt("set", fp.fingerprint(day1), rule)]
    # the next sheet prints another place of the same form: the reader's doubt is answered
    day2 = sheet(later)
    found = read(rule, day2)
    assert found is not None and found.value == later
    applied = apply_rules(reader_day(later, 0.8), learnt, day2, fp.fingerprint(day2))
    assert applied.day["location"] == later
    assert applied.day["field_confidence"]["location"] == LEARNT


def test_a_description_under_the_label_is_not_confirmed() -> None:
    """Negative: the label's cell prints a set's description on a later sheet: the rule reads
    nothing, and the reader's value (the person corrected it here before) goes to review."""
    read_before = "Dunluce Castle, Portballintrae, Bushmills, Co. Antrim"
    day1 = side_sheet(read_before)
    rule = teach(
        "location",
        "Portballintrae, Bushmills, Co. Antrim",
        day1,
        read_before=read_before,
        corrected=True,
    )
    assert rule is not None and not rule.is_memo
    day2 = side_sheet("the long gallery and the kitchens")
    assert read(rule, day2) is None
    learnt = [Learnt("set", fp.fingerprint(day1), rule)]
    day = reader_day("the long gallery and the kitchens", 0.8)
    applied = apply_rules(day, learnt, day2, fp.fingerprint(day2))
    assert applied.day["field_confidence"]["location"] < SAFE


def test_a_sure_numbered_address_taught_is_not_lowered_to_the_county_form() -> None:
    """Negative: a rule taught on a numbered street with its town does not confirm a bare
    county place on a later sheet (less complete than what was taught)."""
    day1 = side_sheet("12 Main Street, Bushmills BT57 8QG")
    rule = teach("location", "12 Main Street, Bushmills BT57 8QG", day1)
    assert rule is not None and not rule.is_memo and rule.taught_numbered
    later = "Dunluce Castle, Portballintrae, Bushmills, Co. Antrim"
    day2 = side_sheet(later)
    learnt = [Learnt("set", fp.fingerprint(day1), rule)]
    applied = apply_rules(reader_day(later, 0.8), learnt, day2, fp.fingerprint(day2))
    assert applied.day["field_confidence"]["location"] < SAFE
