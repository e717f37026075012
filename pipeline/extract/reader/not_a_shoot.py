"""Paper from the trade that calls no crew to a set: a festival's screening programme, an
actor's self-tape instructions, a press release announcing a shoot.

A screening programme prints dates, times and venues' addresses (a day's shape) and a
self-tape request a due date, a callback's time and a casting studio's address, so both can
look like a day's sheet by shape alone. Neither has a crew call: ``classify`` counts these kinds
only when no crew call and no line summoning people is read, as it does ``not_a_day``'s. Each
phrase is one a call sheet does not print; each counts once, plus points for the kind's shape.
English, Spanish, French, German, Italian and Polish.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.lazy_re import lazy

# A festival's or a cinema's programme: screenings, their venues, tickets and passes
SCREENINGS = (
    "film festival",
    "festival",
    "filmfestival",
    "festiwal",
    "festivalprogramm",
    "screening",
    "screenings",
    "screening schedule",
    "screening programme",
    "screening program",
    "premiere",
    "world premiere",
    "opening night",
    "opening film",
    "closing night",
    "closing film",
    "centrepiece",
    "centerpiece",
    "shorts programme",
    "shorts program",
    "q&a",
    "doors open",
    "box office",
    "pass holders",
    "festival pass",
    "tickets",
    "ticket",
    "in competition",
    "jury",
    "awards ceremony",
    "subtitles",
    "subtitled",
    "proyección",
    "proyecciones",
    "taquilla",
    "estreno",
    "subtítulos",
    "projection",
    "projections",
    "séance",
    "séances",
    "billetterie",
    "avant-première",
    "sous-titres",
    "vorführung",
    "vorführungen",
    "untertitel",
    "kinokasse",
    "proiezione",
    "proiezioni",
    "biglietteria",
    "anteprima",
    "sottotitoli",
    "pokaz",
    "pokazy",
    "seans",
    "seanse",
    "projekcja",
    "bilety",
    "napisy",
)

# An actor's self-tape request: what to tape, how to frame and slate it, where to upload it
SELF_TAPE = (
    "self-tape",
    "self tape",
    "selftape",
    "self-taping",
    "self-taped",
    "tape due",
    "tapes due",
    "due by",
    "upload",
    "uploaded",
    "slate",
    "slating",
    "eye line",
    "eyeline",
    "reader off camera",
    "off-camera reader",
    "landscape",
    "not a booking",
    "audition",
    "callback",
    "callbacks",
    "recall",
    "recalls",
    "your agent",
    "agent's",
    "e-casting",
    "autocasting",
    "auto-casting",
    "vidéo de casting",
    "casting en vídeo",
    "videocasting",
    "video-casting",
    "nagranie castingowe",
    "selbstbewerbung",
    "provino",
)

# A press release announcing a shoot: the release's own heading and sign-off, the press's
# contact and the announcement's words (its dates, set and times are news, no one's call)
PRESS = (
    "for immediate release",
    "press release",
    "news release",
    "media release",
    "embargoed until",
    "embargoed",
    "media contact",
    "media contacts",
    "media enquiries",
    "media inquiries",
    "press contact",
    "press enquiries",
    "press inquiries",
    "press office",
    "notes to editors",
    "notes for editors",
    "editor's note",
    "photo call",
    "photocall",
    "photo opportunity",
    "begins filming",
    "starts filming",
    "began filming",
    "begins shooting",
    "principal photography",
    "will premiere",
    "###",
    "-ends-",
    "- ends -",
    "comunicado de prensa",
    "nota de prensa",
    "communiqué de presse",
    "pressemitteilung",
    "comunicato stampa",
    "informacja prasowa",
)

KINDS = {
    "a screening programme": SCREENINGS,
    "self-tape instructions": SELF_TAPE,
    "a press release": PRESS,
}

_DAY_HEADING = lazy(r"^[^\W\d_]{3,}\.?,?\s+\d{1,2}(?:st|nd|rd|th|\.)?\s+[^\W\d_]{3,}\.?")
_VENUE_ROW = lazy(r"(?<!\d)(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\d)\s*(?:[ap]\.?m\.?)?\s+\S")
_NUMBERED_STEP = lazy(r"^\d{1,2}[.)]\s+[^\W\d_]")


def structure_points(kind: str, lines: list[str], words_found: int) -> float:
    """A programme's days: several dated headings, each over its timed rows; a self-tape
    request's numbered steps. None without at least two of the kind's own phrases."""
    if words_found < 2:
        return 0.0
    if kind == "a screening programme":
        days = sum(1 for ln in lines if _DAY_HEADING.match(ln) and len(ln.split()) <= 5)
        rows = sum(1 for ln in lines if _VENUE_ROW.match(ln))
        return min(2.0, days - 1.0) if days >= 2 and rows >= days else 0.0
    if kind == "a press release":
        # someone quoted: '"...," said director Oliver Brandt', '... says the producer'
        return 1.0 if any(_QUOTED_SPEAKER.search(ln) for ln in lines) else 0.0
    steps = sum(1 for ln in lines if _NUMBERED_STEP.match(ln))
    return 1.0 if steps >= 3 else 0.0


_QUOTED_SPEAKER = lazy(r"[\"\u201d],?\s+(?:said|says|added|explained)\b", re.I)
