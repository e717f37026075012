"""mends11: the crew departments' words have one owner (``crew_words``), and the phone region's
dialling-code count is made once per document. Each caller keeps what it recognised: a crew
list's department column (``crew_words``: departments and roles, in several languages) and a
header strip's department headings (``labelling._strip_keys``: English departments plus the
cast, the crew, post and accounts). Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader import labelling
from pipeline.extract.reader.api import read_document
from pipeline.extract.reader.crew_words import DEPARTMENTS, STRIP_DEPARTMENTS, crew_words
from tests.fixtures.callsheets import render

# --- one owner, each caller's words pinned ---------------------------------------------------

_SHARED = {"camera", "grip", "grips", "electric", "electrics", "lighting", "sound", "props"}
_SHARED |= {"wardrobe", "costume", "hmu", "makeup", "make-up", "hair", "locations", "transport"}
_SHARED |= {"catering", "stunts", "vfx", "dit"}
_STRIP_ONLY = {"art", "cast", "talent", "crew", "post", "accounts"}


def test_the_shared_departments_and_the_strips_extension_are_pinned() -> None:
    assert DEPARTMENTS == _SHARED
    assert STRIP_DEPARTMENTS == _SHARED | _STRIP_ONLY
    assert labelling.STRIP_DEPARTMENTS is STRIP_DEPARTMENTS  # imported, not copied


@pytest.mark.parametrize("word", sorted(_SHARED))
def test_a_shared_department_is_a_crew_word(word: str) -> None:
    assert crew_words(word.title())


@pytest.mark.parametrize("value", ["Cast", "Talent", "Crew", "Post", "Accounts", "Art"])
def test_the_strips_extra_headings_are_no_crew_words(value: str) -> None:
    # 'Post' or 'Cast' may be a production's title word: only a strip's heading reads them
    assert not crew_words(value)


@pytest.mark.parametrize("value", ["Art Department", "Electrical", "SFX", "Script", "Gaffer"])
def test_crew_words_keeps_its_own_roles(value: str) -> None:
    assert crew_words(value)


def _strip(middle: str) -> list:
    """A header strip 'PRODUCTION  <middle>  AGENCY' over a row of values flush under it."""
    rows = [(40, 40, "PRODUCTION", 9), (230, 40, middle, 9), (410, 40, "AGENCY", 9)]
    rows += [(40, 54, "Tidewater", 9), (230, 54, "Pell Orchards", 9), (410, 54, "Moth & Co", 9)]
    rows += [(40, 130, "General call 07:30", 9), (40, 150, "Date: 14/05/2026", 9)]
    pages = read_document(render(rows))[1]
    return [h.kind for h in labelling._strip_keys(0, pages[0])]


@pytest.mark.parametrize("middle", ["CAST", "CREW", "ACCOUNTS", "TALENT", "LIGHTING", "HMU"])
def test_a_strip_with_a_department_heading_heads_people_not_keys(middle: str) -> None:
    assert _strip(middle) == []


@pytest.mark.parametrize("middle", ["CLIENT", "BRAND", "SCRIPT", "ELECTRICAL", "DIRECTOR"])
def test_a_strip_without_one_keeps_its_production_key(middle: str) -> None:
    # near cases: crew_words' roles ('SCRIPT', 'DIRECTOR') do not stop a strip's keys
    assert _strip(middle) == ["production"]
