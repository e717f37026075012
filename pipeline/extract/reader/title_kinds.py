"""What a heading prints around a title that is no part of it (reader38).

- the kind of production before a colon: "TVC: Kestrel Outdoor - Silo", "Commercial: ...",
  "Music video: ..." (the kind, then the title);
- the artist before a dash and a quoted song: 'JUNO REYES - "Paper Moons"', a music video's
  heading names the performer, then the work in quotes; the work is the production;
- a label with its time ("ARTIST CALL 9A", "Lunch 1:30P"), printed as large as the title in a
  call box, is a value, never a title;
- a range of times with a bracketed note ("0630-0700 (walking)", a walking breakfast's box
  value as large as the title) is a value, never a title.
"""

from __future__ import annotations

import re

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.values import find_time, find_times

# "TVC: ...", "Commercial - ...": the kind of production opening the heading, then a colon
_KIND_PREFIX = lazy(
    r"^\s*(?:tvc|tvc\s*/\s*online|commercial|spot|advert|ad|music\s+video|mv|branded\s+content"
    r"|promo|feature(?:\s+film)?|short(?:\s+film)?|documentary|doc|pilot|teledysk|reklama"
    r"|werbespot|werbung|publicidade|anúncio|pub|publicité|anuncio)\s*:\s*(?=\S)",
    re.I,
)


def without_kind_prefix(text: str) -> str:
    """The title without the production's kind before a colon ('TVC: Silo' -> 'Silo')."""
    rest = _KIND_PREFIX.sub("", text, count=1)
    return rest.strip() if rest.strip() else text


_OPEN = '\u201c\u201e"\u00ab'
_CLOSE = '\u201d\u201c"\u00bb'
# 'ARTIST - "Song"', 'BAND x Brand - \u201cSong\u201d': who, a spaced dash, the quoted work ending
# the heading
_ARTIST_SONG = lazy(
    rf"^(?P<who>[^{_OPEN}{_CLOSE}]{{2,60}}?)\s+[-\u2013\u2014]\s+[{_OPEN}]\s*"
    rf"(?P<t>[^{_OPEN}{_CLOSE}]{{2,80}}?)\s*[{_CLOSE}]\s*$"
)


def quoted_work(text: str) -> str | None:
    """The quoted work after its artist and a dash ('JUNO REYES - "Paper Moons"' -> 'Paper
    Moons'); None when the heading is not of that shape."""
    m = _ARTIST_SONG.match(text.strip())
    if m is None or not re.search(r"[^\W\d_]{2,}", m["who"]):
        return None
    return m["t"].strip()


_TIME_WORDS = frozenset(
    w for t in (L.CREW_CALL, L.OTHER_TIMES) for p in t for w in p.split() if len(w) > 1
) | {"call", "calls", "talent", "artist", "artists", "cast", "crew", "unit", "band"}


def label_with_time(text: str) -> bool:
    """'ARTIST CALL 9A', 'CALL TIME 7A', 'Lunch 1:30P': a time ending the run and only words of
    a time's label before it (at most four)."""
    times = find_times(text)
    if not times:
        return False
    last = times[-1]
    if text[last.end :].strip(" .)"):
        return False
    head = re.findall(r"[^\W\d_]+", text[: times[0].start].lower())
    return 0 < len(head) <= 4 and all(w in _TIME_WORDS for w in head)


_CLOCK = r"\d{1,2}(?:[:.h]\d{2}|\d{2})\s?(?:[ap]\.?m?\.?)?"
# '0630-0700 (walking)', '6:30 - 7:00am (breakfast)': two times and a dash, a bracketed note
_TIME_RANGE = lazy(
    rf"^\s*(?P<a>{_CLOCK})\s*[-\u2013\u2014]\s*(?P<b>{_CLOCK})"
    rf"\s*(?P<note>\([^()]{{1,30}}\))?\s*$",
    re.I,
)


def time_range(text: str) -> bool:
    """'0630-0700 (walking)': a range of two times (each read as a time, not two years) and a
    bracketed note after it; a box's value, never a title."""
    m = _TIME_RANGE.match(text)
    if m is None or not m["note"]:
        return False  # a range alone has no words: passed over as a value already
    if all(_YEAR.match(m[k].strip()) for k in "ab"):
        return False  # '1939-1945 (documentary)': years, not a morning's times
    return find_time(m["a"]) is not None and find_time(m["b"]) is not None


_YEAR = lazy(r"^(?:19|20)\d\d$")
