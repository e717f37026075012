"""A bounded fuzz run over the sheet interpreter (issue 16): random lines of words, some of
them call-sheet words so the field readers go deep, others any Unicode at all."""

from __future__ import annotations

import json
import math
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract.reader.api import interpret
from pipeline.extract.reader.errors import ExtractError
from pipeline.extract.reader.model import Line, PageText, Word

SHEET_WORDS = [
    "CALL", "SHEET", "Call:", "Unit", "Crew", "call", "Date:", "Day", "5", "of", "30", "08:00",
    "7.30am", "06:45", "Tuesday", "17th", "March", "2026", "17/03/2026", "3/4/26", "Location:",
    "Set", "Base:", "Unit", "Hospital", "A&E:", "Nearest", "Rd,", "Street", "London", "W1",
    "1AA", "AL9", "5HX", "Hatfield", "ul.", "Warszawa", "00-001", "Zbiórka:", "Dzień",
    "zdjęciowy", "INT.", "EXT.", "DAY", "NIGHT", "3/8", "1,", "2", "Sunrise", "Sunset", "-",
    "\u2013", ":", "|", "Tel:", "+44", "020", "7946", "0018", "jo@example.com", "CAST",
    "Safety", "Notes", "Equipment", "Production", "Revised", "shoot", "Tomorrow", "Lunch",
]  # fmt: skip
# What PostgreSQL cannot store or a terminal would obey; joiners and layout's \n\t stay.
CONTROL = ("Cc", "Cf", "Cs")
ALLOWED = "\n\t\u200c\u200d"
word_text = st.one_of(
    st.sampled_from(SHEET_WORDS),
    st.text(min_size=1, max_size=40),
    st.text(alphabet=st.sampled_from(" \t\x00\x1b\u202e:-./0123456789aA"), min_size=1, max_size=60),
)
line_words = st.lists(
    st.tuples(word_text, st.floats(0, 600), st.floats(1, 60)), min_size=1, max_size=14
)
page_lines = st.lists(st.tuples(st.floats(0, 780), line_words), min_size=1, max_size=25)


def to_pages(pages: list[list[tuple[float, list[tuple[str, float, float]]]]]) -> list[PageText]:
    out = []
    for number, lines in enumerate(pages):
        built = []
        for top, words in sorted(lines, key=lambda item: item[0]):
            placed = sorted(words, key=lambda w: w[1])
            built.append(
                Line(tuple(Word(t, x, x + w, top, top + 10, 10.0) for t, x, w in placed), number)
            )
        out.append(PageText(tuple(built), 612.0, 792.0))
    return out


@settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(page_lines, min_size=1, max_size=3))
def test_the_interpreter_reads_any_words_or_refuses_them(pages) -> None:
    try:
        result = interpret(to_pages(pages), [])
    except ExtractError:
        return  # a refusal with a reason is a well-formed answer
    as_json = result.to_json()
    text = json.dumps(as_json, ensure_ascii=False)  # what the cache and the schedules store
    assert as_json["document_type"] in ("call_sheet", "shooting_schedule", "other")
    assert not [c for c in text if unicodedata.category(c) in CONTROL and c not in ALLOWED]
    for day in result.days:
        assert 0.0 <= day.confidence <= 1.0 and not math.isnan(day.confidence)
        assert all(0.0 <= c <= 1.0 for c in day.field_confidence.values())
        places = [(p.name, p.address) for p in day.locations]
        for value in (day.location, day.production, *(v for pair in places for v in pair)):
            assert value is None or len(value) < 50_000
