"""A series' title printed small over its episode's name set big.

A series sheet may give the episode the biggest words ("Ep. 307 'The Edward Street Kitchen'")
and print the series' title in smaller type above it ("Home Front · Season 3"): the production
is the series, named by the run just over the episode's heading, in its column.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.attach import runs
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line, PageText
from pipeline.extract.reader.title import clean_title, company_name, label_like, wordless
from pipeline.extract.reader.values import find_dates, find_times

# a heading that opens with the episode's number names an episode: 'Ep. 307 ...', 'Episode 4'
_EPISODE_FIRST = lazy(
    r"^\W*(?:ep|eps|episode|épisode|episodio|folge|odc|odcinek|afl|aflevering)\.?\s*#?\s*\d{1,4}\b",
    re.I,
)
# the season after the series' title: 'Home Front · Season 3', 'HARBOUR - Series 2'
_SEASON_TAIL = lazy(
    r"(?:\s*[-\u2013\u2014|\u00b7,:]\s*|\s+)"
    r"(?:season|series|saison|staffel|sezon|temporada|stagione|seizoen)\s*\d{1,2}\s*$",
    re.I,
)
LINES_ABOVE = 2  # the series' title sits on one of the two lines over the episode's
ALIGN = 20.0  # points: the series' run starts about where the episode's heading starts


def series_over_episode(
    page: PageText, heading: str, taken: set[tuple[int, int, int]]
) -> str | None:
    """The series' title over an episode's heading, or None when the heading names no episode
    or no run of words over it reads as a title. ``taken`` holds the (page, line, first word)
    of the label runs and their values on page 0 (no title among them)."""
    if not _EPISODE_FIRST.match(heading):
        return None
    at = next((i for i, ln in enumerate(page.lines) if heading in ln.text), None)
    if at is None:
        return None
    x0 = _run_x0(page.lines[at], heading)
    for i in range(at - 1, max(-1, at - 1 - LINES_ABOVE), -1):
        line = page.lines[i]
        for a, b in runs(line):
            if (0, i, a) in taken or abs(line.words[a].x0 - x0) > ALIGN:
                continue
            title = _series_title(" ".join(w.text for w in line.words[a:b]))
            if title is not None:
                return title
    return None


def _run_x0(line: Line, heading: str) -> float:
    """Where the run holding the heading starts on its line."""
    for a, b in runs(line):
        if heading in " ".join(w.text for w in line.words[a:b]):
            return line.words[a].x0
    return line.words[0].x0


def _series_title(text: str) -> str | None:
    """The run as a series' title, its season cut off; None for a date, a time, a company's
    name, a label or no words."""
    text = _SEASON_TAIL.sub("", text.strip()).strip()
    if not text or find_dates(text) or find_times(text) or label_like(text):
        return None
    if company_name(text) or _EPISODE_FIRST.match(text):
        return None
    title = clean_title(text)
    return None if wordless(title) else title
