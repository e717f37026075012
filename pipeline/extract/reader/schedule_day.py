"""Build a Day from one block of a one-line shooting schedule."""

from __future__ import annotations

from pipeline.extract.reader import schedule as S
from pipeline.extract.reader.fields import Found
from pipeline.extract.reader.model import Day, Place
from pipeline.extract.reader.rows import scene_type
from pipeline.extract.reader.scoring import complete, overall, warnings_for

SCHEDULE_LOCATION_CONF = 0.7  # a one-liner names sets loosely; a call sheet should confirm them


def schedule_day(block: S.DayBlock, production: Found, ocr_factor: float, notes: list[str]) -> Day:
    """One schedule day: date from its END line, cues from its header, sets from its rows."""
    scenes = tuple(S.day_scenes(block))
    head = S.day_header(block)
    warns: list[str] = []
    call, call_q = head.get("call_time", (None, 0.0))
    if call and call_q < 0.85:
        warns.append("call_time: only an approximate call time is printed")
    places = [s.location for s in scenes if s.location]
    location = places[0] if places else S.header_location(block)
    day_q = 0.0
    if block.number is not None:
        day_q = 0.7 if block.number_decoded else 1.0
        if block.number_decoded:
            warns.append("shooting_day: day number read from undecoded font glyphs")
    conf = {
        "production": production.conf,
        "shooting_day": day_q,
        "shooting_date": block.date_quality,
        "call_time": call_q,
        "location": SCHEDULE_LOCATION_CONF if location else 0.0,
        "locations": SCHEDULE_LOCATION_CONF if places else 0.0,
        "sunrise": head.get("sunrise", (None, 0.0))[1],
        "sunset": head.get("sunset", (None, 0.0))[1],
        "scenes": 0.85 if scenes else 0.0,
        "scene_type": 0.85 if scenes else 0.0,
    }
    values = {"call_time": call, "shooting_date": block.date, "location": location}
    field_conf = complete(conf, ocr_factor)
    return Day(
        production=production.value,  # type: ignore[arg-type]
        shooting_day=block.number,
        shooting_date=block.date,
        call_time=call,
        location=location,
        locations=tuple(Place(None, p) for p in dict.fromkeys(places)),
        sunrise=head.get("sunrise", (None, 0.0))[0],
        sunset=head.get("sunset", (None, 0.0))[0],
        scenes=scenes,
        scene_type=scene_type(scenes),
        confidence=overall(field_conf),
        field_confidence=field_conf,
        warnings=warnings_for(values, field_conf, [*notes, *warns]),
    )
