"""The production named in a line of cells under an institution's heading: 'etiuda II roku ·
„Szklarnia” · semestr zimowy 2026/27' under a film school's name, 'film dokumentalny ·
„Pasterze” · 52 min' under a foundation's.

A line split by middle dots or bars whose first cell names the kind of production (its first
word one of title.FORMAT_WORDS) and one other cell of which is a name alone in quotes says what
the work is and what it is called: the quoted name is its title, however much larger the
school, house or foundation is printed above it. A part of a work ('Pilot - "The Night
Market"', "Episode 103 · 'Juke Joint Gumbo'") quotes the part's name, not the work's. Pure
logic, no I/O.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.labelling import runs
from pipeline.extract.reader.model import PageText
from pipeline.extract.reader.title import (
    _BESIDE,
    FORMAT_WORDS,
    quoted_cell,
    top_band,
    whole_quoted,
)

KIND_LINE_SHARE = 0.15  # the top of the page, where the title band is (title.largest_heading)
# words of title.FORMAT_WORDS that name a part of a work, not the work: 'Pilot - "The Night
# Market"', "Episode 103 · 'Juke Joint Gumbo'" under a series' title quote the episode's name
_PART_WORDS = frozenset(
    {"pilot", "episode", "folge", "staffel", "díl", "diel", "epizoda", "серија", "odcinek"}
)


def kind_cell_title(page: PageText, heading: str | None) -> str | None:
    """The quoted cell of a top line of cells led by the kind of production; None when the
    largest heading is itself a quoted name (a film's own title), or no such line is printed.
    Runs, not lines: a spreadsheet's row number stands apart from the row's text."""
    if heading is None or whole_quoted(heading) is not None:
        return None
    band = top_band(page, KIND_LINE_SHARE)
    for line in page.lines:
        if line.top >= band:
            break
        for a, b in runs(line):
            text = " ".join(w.text for w in line.words[a:b])
            cells = _BESIDE.split(text.strip())
            lead = re.findall(r"[^\W\d_]+", cells[0])
            if len(cells) < 2 or not lead or lead[0].lower() not in FORMAT_WORDS:
                continue
            if any(w.lower() in _PART_WORDS for w in lead):
                continue  # an episode's name under its series' title
            name = quoted_cell(text)
            if name is not None and name != heading.strip():
                return name
    return None
