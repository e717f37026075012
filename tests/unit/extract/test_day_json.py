"""A day's JSON (Day.to_json) is what ``dataclasses.asdict`` gave, tuples as lists, without
its deep copy of every value (thru14: most of a sheet's to_json, on every sheet a worker reads)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from pipeline.extract.reader.model import (
    DAY_KEYS,
    CastCall,
    Contact,
    Day,
    DocumentResult,
    Hospital,
    Place,
    Scene,
)


def _lists(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_lists(v) for v in value]
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    return value


def _as_before(day: Day) -> dict[str, Any]:
    raw = asdict(day)
    out = {key: _lists(raw[key]) for key in (*DAY_KEYS, "confidence", "field_confidence",
                                             "warnings")}  # fmt: skip
    if day.date_text:
        out["date_text"] = day.date_text
    out["confidence"] = round(day.confidence, 3)
    out["field_confidence"] = {k: round(v, 3) for k, v in day.field_confidence.items()}
    return out


def _fields(cls: type) -> dict[str, Any]:
    """Each field of ``cls`` given a value of its own kind (a str, or None where it may be)."""
    return {name: f"{cls.__name__}.{name}" for name in cls.__dataclass_fields__}


def test_every_kind_of_value_is_written_as_asdict_wrote_it() -> None:
    # Given a day with every nested kind: places, a hospital, scenes, contacts, cast calls
    place = Place(**_fields(Place))
    day = Day(
        production="THE LONG ROAD",
        shooting_day=3,
        shooting_date="2027-03-14",
        call_time="06:30",
        location=place,
        locations=(place, Place(**_fields(Place))),
        base_location=Place(**_fields(Place)),
        hospital=Hospital(**_fields(Hospital)),
        scenes=(Scene(**{**_fields(Scene), "cast": ("1", "2")}),),
        contacts=(Contact(**_fields(Contact)),),
        cast_calls=(CastCall(**_fields(CastCall)),),
        equipment=("crane", "dolly"),
        notes="Bring water",
        confidence=0.87654,
        field_confidence={"call_time": 0.91234},
        warnings=("a warning",),
        date_text="Sunday 14 March",
    )
    # Then its JSON is the same as before, key by key and in the same order
    got = day.to_json()
    assert got == _as_before(day)
    assert json.dumps(got) == json.dumps(_as_before(day))
    assert isinstance(got["locations"], list) and isinstance(got["scenes"][0], dict)
    # And the document's JSON holds it
    assert DocumentResult("call_sheet", days=(day,)).to_json()["days"] == [got]
