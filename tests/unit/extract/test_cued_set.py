"""A call sheet written as a letter: the set's address read from a sentence that says it is the
set ("We're shooting at ...", "Where: ...", "Gdzie: ...") is as sure as a labelled one when no
other address is said to be the set; any other reading from running text stays in review.
Rows are (x, baseline y, text, size) in points on a letter page."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader import prose as P
from pipeline.extract.reader.scoring import SAFE
from tests.fixtures.callsheets import column, render


def _letter(*paragraphs: str) -> dict[str, Any]:
    rows = [(72, 60, "NIGHT FERRY", 20), (72, 84, "Call sheet - Day 3 of 5", 11)]
    rows += column("Hi all, here is Friday, March 13, 2026.", "Crew call: 7:00 AM",
                   x=72, top=120, size=11, step=15)  # fmt: skip
    y = 170.0
    for text in paragraphs:
        rows += column(*text.split("\n"), x=72, top=y, size=11, step=15)
        y += 15 * (text.count("\n") + 1) + 14
    return extract_document(render(rows)).to_json()["days"][0]


def test_the_one_address_a_sentence_calls_the_set_is_sure() -> None:
    day = _letter(
        "We're shooting at the Music Box Theatre, 3733 N Southport Ave,\nChicago, IL 60613.",
        "Park in the lot at 3700 N Clark St, Chicago, IL 60613.",
        "Nearest hospital: Advocate Illinois Masonic, 836 W Wellington Ave, Chicago, IL 60657.",
    )
    assert day["location"].startswith("3733 N Southport Ave")
    assert day["field_confidence"]["location"] >= SAFE
    assert not any("running text" in w for w in day["warnings"])


def test_an_address_no_sentence_calls_the_set_stays_in_review() -> None:
    day = _letter(
        "Thanks for a great week, everyone.",
        "3733 N Southport Ave, Chicago, IL 60613, see you there.",
    )
    assert day["location"].startswith("3733 N Southport Ave")
    assert day["field_confidence"]["location"] < SAFE
    assert any("running text" in w for w in day["warnings"])


@pytest.mark.parametrize(
    "text",
    [
        # two sets: the primary first, but the reader cannot tell a company move from a typo
        "We're shooting at 3733 N Southport Ave, Chicago, IL 60613. After lunch the set moves"
        " to 1005 W Burnside St, Portland, OR 97209.",
        # the only cue leads to the second address
        "Meet at 3733 N Southport Ave, Chicago, IL 60613. Where we film: 1005 W Burnside St,"
        " Portland, OR 97209.",
    ],
)
def test_a_cue_that_does_not_single_out_the_first_address_is_prose(text: str) -> None:
    found = P.set_address(text)
    assert found is not None and found[0].startswith("3733 N Southport Ave")
    assert found[1] == P.PROSE


@pytest.mark.parametrize(
    "text, sure",
    [
        ("Gdzie: pl. Nowy 7, 31-056 Kraków", P.CUED),
        ("Wo: Unter den Linden 6, 10117 Berlin", P.CUED),
        ("Où : 4 Rue Charles Dullin, 69002 Lyon", P.CUED),
        ("Parking at 3700 N Clark St, Chicago, IL 60613", None),  # no set at all
        ("Offset printing by 3733 N Southport Ave, Chicago, IL 60613", P.PROSE),  # not "set"
    ],
)
def test_set_cues_in_the_languages_the_labels_know(text: str, sure: float | None) -> None:
    found = P.set_address(text)
    assert (found[1] if found else None) == sure
