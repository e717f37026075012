"""Read the single-valued fields of a call sheet, value first, and rate each find.

Values are found by their shape (a time, a date, an address) inside the text each label owns
(attach.py gives every run of text to its nearest label), so a value is read by the label that
owns it and by no other: a lunch time belongs to "Lunch", a hospital's street to "Hospital".

The finders live in modules of their own, one concern each: field_sheet.py (the ``Sheet``
they all read and the ``Found`` they return), call_finder.py (the call and wrap times),
date_finder.py (the shooting date and day), place_finder.py (the set's address),
hospital_finder.py, title_finder.py (the production's name) and sun_finder.py. This module puts
them together under the one name the reader imports them by.
"""

from __future__ import annotations

from pipeline.extract.reader.call_finder import (
    CALL_CHANGE,
    GENERIC_CALL_PHRASES,
    another_days,
    labelled_time,
    revision_label,
    shooting_start,
    superseded_original,
    time_beneath,
    wrap_time,
)
from pipeline.extract.reader.date_finder import (
    by_file_date,
    shooting_date,
    shooting_day,
    yearless_date,
)
from pipeline.extract.reader.field_sheet import (
    NOTHING,
    TOMORROW_WORDS,
    Found,
    Sheet,
    plausible_sun,
    section_text,
    speaks_of_tomorrow,
)
from pipeline.extract.reader.hospital_finder import hospital
from pipeline.extract.reader.place_finder import (
    continental_address,
    one_address,
    other_units_lines,
    places,
    whole_address,
)
from pipeline.extract.reader.sun_finder import sun_times
from pipeline.extract.reader.title_finder import clean_title, production

__all__ = [
    "CALL_CHANGE",
    "GENERIC_CALL_PHRASES",
    "NOTHING",
    "TOMORROW_WORDS",
    "Found",
    "Sheet",
    "another_days",
    "by_file_date",
    "clean_title",
    "continental_address",
    "hospital",
    "labelled_time",
    "one_address",
    "other_units_lines",
    "places",
    "plausible_sun",
    "production",
    "revision_label",
    "section_text",
    "shooting_date",
    "shooting_day",
    "shooting_start",
    "speaks_of_tomorrow",
    "sun_times",
    "superseded_original",
    "time_beneath",
    "whole_address",
    "wrap_time",
    "yearless_date",
]
