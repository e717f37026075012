"""The extract stage's decisions, without a database."""

from __future__ import annotations

from datetime import date, time

import pytest

from pipeline.extract.logic import (
    Decision,
    SheetDay,
    UnplannableDay,
    confirm_status,
    decide,
    edit_status,
    missing_to_plan,
)

DAY = {
    "production": "The Long Acre",
    "shooting_date": "2026-03-17",
    "call_time": "08:00",
    "location": "Hatfield House",
    "confidence": 0.95,
    "field_confidence": {"shooting_date": 1.0, "call_time": 0.95, "location": 0.9},
}


def sheet(**changes) -> SheetDay:
    return SheetDay.from_json(DAY | changes, changes.pop("document_type", "call_sheet"))


def current(status: str, *, confirmed: bool, **content) -> dict:
    row = dict(sheet().content) | content
    return row | {"status": status, "confirmed_version": 1 if confirmed else None}


def test_a_day_maps_to_typed_columns() -> None:
    day = sheet()
    assert day.content["shooting_date"] == date(2026, 3, 17)
    assert day.content["call_time"] == time(8, 0)
    assert day.content["scenes"] == []


@pytest.mark.parametrize(
    ("missing", "document_type", "message"),
    [
        (["shooting_date"], "call_sheet", "no readable date; nothing"),
        (["shooting_date", "call_time"], "call_sheet", "no readable date and no crew call time"),
        (["call_time"], "shooting_schedule", "no readable crew call time"),
    ],
)
def test_a_day_without_a_date_or_a_schedule_line_without_a_call_cannot_be_planned(
    missing: list[str], document_type: str, message: str
) -> None:
    with pytest.raises(UnplannableDay, match=message):
        SheetDay.from_json(DAY | dict.fromkeys(missing), document_type)


def test_a_call_sheet_day_without_a_call_goes_to_review_naming_the_call() -> None:
    day = SheetDay.from_json(
        DAY | {"call_time": None, "field_confidence": DAY["field_confidence"] | {"call_time": 0}},
        "call_sheet",
    )
    assert day.content["call_time"] is None
    assert day.doubts()[0] == "call_time"
    assert not day.confident(0.0)
    assert decide(day, None, 0.85) == Decision("insert", "reviewing", ("call_time",))
    # a confirmed day whose revised sheet lost its call goes back to review, call not guessed
    revised = decide(day, current("confirmed", confirmed=True), 0.85)
    assert (revised.action, revised.status, revised.confirm) == ("new_version", "reviewing", False)
    assert missing_to_plan(day.content) == ["call_time"]
    assert missing_to_plan(day.content | {"location": " "}) == ["call_time", "location"]
    assert missing_to_plan(sheet().content) == []


@pytest.mark.parametrize(
    ("changes", "existing", "expected"),
    [
        ({}, None, ("insert", "extracted", True, ())),
        ({"confidence": 0.6}, None, ("insert", "reviewing", False, ("confidence",))),
        ({"location": None}, None, ("insert", "reviewing", False, ("location",))),
        ({"field_confidence": {"call_time": 0.5}}, None,
         ("insert", "reviewing", False, ("call_time",))),
        ({}, current("confirmed", confirmed=True), ("unchanged", "confirmed", False, ())),
        ({"call_time": "07:30"}, current("confirmed", confirmed=True),
         ("new_version", "modified", True, ())),
        ({"call_time": "07:30"}, current("extracted", confirmed=False),
         ("new_version", "confirmed", True, ())),
        ({"call_time": "07:30"}, current("reviewing", confirmed=True),
         ("new_version", "modified", True, ())),
        ({"call_time": "07:30", "confidence": 0.5}, current("confirmed", confirmed=True),
         ("new_version", "reviewing", False, ("confidence",))),
        ({"call_time": "07:30"}, current("cancelled", confirmed=True),
         ("new_version", "reviewing", False, ("status",))),
    ],
)  # fmt: skip
def test_decide(changes: dict, existing: dict | None, expected: tuple) -> None:
    decision = decide(sheet(**changes), existing, threshold=0.85)
    assert (decision.action, decision.status, decision.confirm, decision.review_fields) == expected


def test_a_one_liner_is_never_confirmed_without_a_person() -> None:
    day = SheetDay.from_json(DAY | {"confidence": 0.99}, "shooting_schedule")
    assert not day.confident(0.85)
    assert decide(day, None, 0.85).status == "reviewing"


@pytest.mark.parametrize(
    ("status", "before", "expected"),
    [("reviewing", False, "confirmed"), ("reviewing", True, "modified"),
     ("extracted", False, "confirmed"), ("confirmed", True, "confirmed")],
)  # fmt: skip
def test_confirm_status(status: str, before: bool, expected: str) -> None:
    assert confirm_status(status, before) == expected


def test_an_edit_of_a_confirmed_day_is_a_modification() -> None:
    assert edit_status("confirmed") == "modified"
    assert edit_status("reviewing") == "reviewing"
