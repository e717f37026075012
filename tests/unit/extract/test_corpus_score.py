"""The corpus scorer (tests/corpus/score.py): what is a silent error, what is sure-wrong."""

from __future__ import annotations

import pytest

from tests.corpus.score import score

WANT = {
    "document_type": "call_sheet",
    "production": "Low Tide",
    "shooting_date": "2026-06-02",
    "call_time": "07:30",
    "location": "12 Quay Street",
    "location_words": "12 Quay Street Galway",
    "sunrise": "05:10",
    "sunset": "21:55",
    "hospital": "University Hospital Galway",
}


def _reading(day_conf: float, **fields: object) -> dict:
    rated = fields.pop("rated", {})
    day = {k: WANT[k] for k in ("production", "shooting_date", "call_time", "location")}
    day |= {"sunrise": WANT["sunrise"], "sunset": WANT["sunset"]}
    day["hospital"] = {"name": WANT["hospital"]}
    day |= fields
    day["confidence"] = day_conf
    day["field_confidence"] = {k: 1.0 for k in WANT} | rated
    return {"document_type": "call_sheet", "days": [day]}


def test_a_right_confident_day_is_auto_ok_with_nothing_wrong() -> None:
    out = score(WANT, _reading(0.95))
    assert out.auto_ok and out.right == 7 and not out.silent and not out.sure_wrong


@pytest.mark.parametrize("field,value", [("sunset", "08:24"), ("production", "Day 2 of 3")])
def test_another_field_wrong_and_rated_sure_is_sure_wrong_not_silent(field, value) -> None:
    out = score(WANT, _reading(0.95, **{field: value}))
    assert [c.field for c in out.sure_wrong] == [field] and not out.silent
    assert out.auto_ok  # the core fields are right


def test_a_wrong_field_rated_unsure_or_in_a_day_sent_to_review_is_not_sure_wrong() -> None:
    assert not score(WANT, _reading(0.95, sunset="08:24", rated={"sunset": 0.6})).sure_wrong
    assert not score(WANT, _reading(0.7, sunset="08:24")).sure_wrong


def test_a_wrong_core_field_in_a_confident_day_is_silent() -> None:
    out = score(WANT, _reading(0.9, call_time="06:30"))
    assert [c.field for c in out.silent] == ["call_time"] and not out.auto_ok


@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2014"])
def test_a_dash_between_the_address_and_the_room_is_punctuation(dash: str) -> None:
    out = score(WANT, _reading(0.95, location=f"12 Quay Street, Galway {dash} Galway"))
    assert out.auto_ok and out.right == 7


def test_a_word_the_set_does_not_print_still_makes_the_location_wrong() -> None:
    out = score(WANT, _reading(0.95, location="12 Quay Street, Galway \u2013 Unit Base"))
    assert not out.auto_ok and [c.field for c in out.silent] == ["location"]
